import FileOutput
import TextFormats
/// Writes features one at a time to a ``ByteSink`` in constant memory.
///
/// Each feature is encoded and checked in full before any of its bytes reach the sink, so a
/// refused feature (``GeoJSONWriteError``) leaves no partial output and writing may go on.
/// Member order is fixed: features get `type`, `id`, `bbox`, `geometry`, `properties`, then
/// foreign members; collections get `type`, `bbox`, foreign members, `features`, except that a
/// streamed collection's `bbox` is only known at the end and so is written after `features`.
///
/// ```swift
/// let writer = try GeoJSONStreamWriter(sink: sink, options: GeoJSONWriteOptions(writeBBox: true))
/// for station in stations { try writer.write(station) }
/// try writer.finish()
/// ```
public final class GeoJSONStreamWriter {
    /// How features are framed.
    public let framing: GeoJSONFraming
    /// How features are formatted.
    public let options: GeoJSONWriteOptions
    /// The number of features written so far.
    public private(set) var featureCount = 0

    private let sink: any ByteSink
    private var emitter: JSONEmitter
    private var encoder: FeatureEncoder
    private var collectionExtent = BoundingBoxAccumulator()
    private let boundingBoxIsLeading: Bool
    /// The collection's opening, sent with the first feature or by `finish()`.
    private var pendingHeader: [UInt8] = []
    private var isFinished = false

    /// Creates a writer; nothing is written until the first feature or ``finish()``.
    /// Throws ``GeoJSONWriteError`` for a precision outside 0…15, `pretty` with
    /// `.newlineDelimited`, or reserved or non-finite collection foreign members.
    public convenience init(sink: any ByteSink, framing: GeoJSONFraming = .featureCollection,
                            options: GeoJSONWriteOptions = GeoJSONWriteOptions()) throws(GeoJSONWriteError) {
        try self.init(sink: sink, framing: framing, options: options, collectionForeignMembers: [:], leadingExtent: nil)
    }

    private init(sink: any ByteSink, framing: GeoJSONFraming, options: GeoJSONWriteOptions,
                 collectionForeignMembers: JSONObject, leadingExtent: BoundingBoxAccumulator?) throws(GeoJSONWriteError) {
        guard GeoJSONWriteOptions.allowedPrecision.contains(options.precision) else {
            throw GeoJSONWriteError(reason: .invalidOptions,
                                    message: "precision must be between 0 and 15 decimals, got \(options.precision)")
        }
        if options.pretty && framing == .newlineDelimited {
            throw GeoJSONWriteError(reason: .invalidOptions,
                                    message: "newline-delimited GeoJSON needs one feature per line, so it cannot be pretty")
        }
        self.sink = sink
        self.framing = framing
        self.options = options
        emitter = JSONEmitter(pretty: options.pretty)
        encoder = FeatureEncoder(options: options)
        boundingBoxIsLeading = leadingExtent != nil
        if framing == .featureCollection {
            var foreignMembers = options.foreignMembers
            for (key, value) in collectionForeignMembers.members { foreignMembers[key] = value }
            try encodeCollectionHeader(foreignMembers: foreignMembers, leadingExtent: leadingExtent)
            pendingHeader = Array(emitter.buffer.bytes)
        }
    }

    /// Writes a whole collection with its `bbox` (when requested) before `features`, then finishes.
    /// The collection's foreign members are written after those in `options`.
    public static func write(_ collection: FeatureCollection, to sink: any ByteSink,
                             options: GeoJSONWriteOptions = GeoJSONWriteOptions()) throws {
        let leadingExtent = options.writeBBox ? CollectionExtent.measure(collection.features, includeZ: options.includeZ) : nil
        let writer = try GeoJSONStreamWriter(sink: sink, framing: .featureCollection, options: options,
                                             collectionForeignMembers: collection.foreignMembers,
                                             leadingExtent: leadingExtent)
        try writer.write(contentsOf: collection.features)
        try writer.finish()
    }

    /// Writes one feature. Throws ``GeoJSONWriteError`` naming the feature and path when it is
    /// refused, or the sink's error.
    public func write(_ feature: Feature) throws {
        guard !isFinished else {
            throw GeoJSONWriteError(reason: .writerFinished, message: "cannot write a feature after finish()")
        }
        emitter.buffer.removeAll()
        switch framing {
        case .featureCollection: emitter.element(first: featureCount == 0)
        case .textSequence: emitter.raw("\u{1E}")
        case .newlineDelimited: break
        }
        let depth = emitter.depth
        do {
            let extent = try encoder.feature(feature, into: &emitter)
            collectionExtent.add(extent)
        } catch {
            emitter.depth = depth
            throw refusal(error, of: feature)
        }
        if framing != .featureCollection { emitter.raw("\n") }
        try sendPendingHeader()
        try sink.write(emitter.buffer.bytes)
        featureCount += 1
    }

    /// Writes each feature in order.
    public func write(contentsOf features: some Sequence<Feature>) throws {
        for feature in features { try write(feature) }
    }

    /// Closes the collection (if any) and flushes the sink. Further writes are refused.
    public func finish() throws {
        guard !isFinished else {
            throw GeoJSONWriteError(reason: .writerFinished, message: "finish() was already called")
        }
        isFinished = true
        if framing == .featureCollection {
            emitter.buffer.removeAll()
            emitter.closeArray(isEmpty: featureCount == 0)
            if options.writeBBox && !boundingBoxIsLeading && !collectionExtent.isEmpty {
                emitter.key("bbox", first: false)
                encoder.boundingBox(collectionExtent, into: &emitter)
            }
            emitter.closeObject(isEmpty: false)
            emitter.raw("\n")
            try sendPendingHeader()
            try sink.write(emitter.buffer.bytes)
        }
        try sink.flush()
    }

    private func sendPendingHeader() throws {
        guard !pendingHeader.isEmpty else { return }
        try sink.write(pendingHeader)
        pendingHeader = []
    }

    /// Leaves `{"type":"FeatureCollection", …, "features":[` in the emitter, sent with the first feature.
    private func encodeCollectionHeader(foreignMembers: JSONObject, leadingExtent: BoundingBoxAccumulator?) throws(GeoJSONWriteError) {
        emitter.openObject()
        emitter.key("type", first: true)
        emitter.staticString("FeatureCollection")
        if let leadingExtent, !leadingExtent.isEmpty {
            emitter.key("bbox", first: false)
            encoder.boundingBox(leadingExtent, into: &emitter)
        }
        do {
            try FeatureEncoder.foreignMembers(foreignMembers, into: &emitter)
        } catch {
            throw GeoJSONWriteError(reason: error.reason, path: error.path.description,
                                    message: "collection foreign member: \(error.message)")
        }
        emitter.key("features", first: false)
        emitter.openArray()
    }

    private func refusal(_ problem: LocatedWriteProblem, of feature: Feature) -> GeoJSONWriteError {
        let prefix: JSONPath.Component = framing == .featureCollection ? .key("features") : .key("record")
        let path = problem.path.prepending([prefix, .index(featureCount)])
        return GeoJSONWriteError(reason: problem.reason, featureIndex: featureCount, featureID: feature.id,
                                 path: path.description, message: problem.message)
    }
}
