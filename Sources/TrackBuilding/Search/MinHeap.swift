/// A binary min-heap of (cost, item) pairs for Dijkstra's search.
struct MinHeap {
    private var items: [(cost: Double, item: Int)] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ cost: Double, _ item: Int) {
        items.append((cost, item))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[parent].cost > items[i].cost else { break }
            items.swapAt(parent, i)
            i = parent
        }
    }

    mutating func pop() -> (cost: Double, item: Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, items[l].cost < items[m].cost { m = l }
                if r < items.count, items[r].cost < items[m].cost { m = r }
                guard m != i else { break }
                items.swapAt(m, i)
                i = m
            }
        }
        return top
    }
}
