import Dispatch

extension Geodesic {
    /// Ellipsoidal distances for many pairs, split over `jobs` threads (the geodesic is read-only, so
    /// sharing it is safe). `coordinates` holds records of (lon1, lat1, lon2, lat2); one distance (m) each.
    public func distances(records coordinates: [Double], jobs: Int) -> [Double] {
        let count = coordinates.count / 4
        var result = [Double](repeating: 0, count: count)
        let workers = max(1, min(jobs, count / 4096 + 1))
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            coordinates.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let records = input
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    for i in (count * w / workers)..<(count * (w + 1) / workers) {
                        output[i] = distance(GeoPoint(lon: records[4 * i], lat: records[4 * i + 1]),
                                             GeoPoint(lon: records[4 * i + 2], lat: records[4 * i + 3]))
                    }
                }
            }
        }
        return result
    }
}
