/// Why a whole batch could not run (one bad input never causes this: it is recorded as failed).
public struct BatchError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
