// Placeholder until the GeoJSON writer lands.
