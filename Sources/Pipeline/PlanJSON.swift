import Foundation
import PlanModel

/// Deterministic JSON for the contracts: sorted keys, pretty printed, slashes unescaped.
public enum PlanJSON {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        // A plan (the hot path of convert) is written by hand, to the same bytes; a plan with a
        // value JSON cannot hold (NaN, infinity) goes to JSONEncoder, which reports it.
        if let plan = value as? Plan, plan.indicators.allSatisfy({ $0.value?.isFinite ?? true }) {
            return Data(PlanJSONWriter.encode(plan, pretty: pretty))
        }
        return try foundationEncode(value, pretty: pretty)
    }

    /// `JSONEncoder` with the contract's options.
    static func foundationEncode<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    public static func decodePlan(_ data: Data) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: data)
    }
}
