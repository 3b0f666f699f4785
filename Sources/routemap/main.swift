print("routemap")
