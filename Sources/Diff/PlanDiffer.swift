import PlanModel

/// Compares two plans by meaning (issue 4): sections matched by what they say.
public struct PlanDiffer: Sendable {
    public init() {}
}
