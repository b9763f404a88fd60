/// The first and last 1-based line of the extracted text that a node came from.
/// Encoded as a two-element JSON array `[first, last]`, as the plan JSON contract says.
public struct LineSpan: Codable, Hashable, Sendable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    public init(line: Int) { self.init(line, line) }

    /// The smallest span covering both.
    public func union(_ other: LineSpan) -> LineSpan {
        LineSpan(Swift.min(first, other.first), Swift.max(last, other.last))
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let a = try container.decode(Int.self)
        let b = container.isAtEnd ? a : try container.decode(Int.self)
        self.init(a, b)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(first)
        try container.encode(last)
    }

    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}
