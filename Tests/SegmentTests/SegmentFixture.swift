import Foundation
import Ingest
import Normalize
import PlanModel
import Segment
import TestSupport

/// Runs Ingest → Normalize → Segment on a file, as `vnplan convert` does.
enum SegmentFixture {
    static func plan(_ url: URL) throws -> Plan {
        Segmenter().segment(Normalizer().normalize(try Ingester().extract(path: url.path)))
    }

    static func plan(fixture name: String) throws -> Plan {
        try plan(TestPaths.fixtures.appendingPathComponent("plans/\(name)"))
    }

    /// The plan of a text given inline (UTF-8), as if read from a file `inline.txt`.
    static func plan(text: String) throws -> Plan {
        Segmenter().segment(Normalizer().normalize(try Ingester().extract(bytes: Array(text.utf8), path: "inline.txt")))
    }

    static func plan(seed name: String) throws -> Plan {
        try plan(TestPaths.seed("\(name).txt"))
    }

    /// Every section, depth first.
    static func flat(_ plan: Plan) -> [Section] { plan.sections.flatMap(\.flattened) }

    static func section(_ plan: Plan, _ id: String) -> Section? { flat(plan).first { $0.id == id } }

    /// "code sectionId line" for each numbering warning.
    static func numberingWarnings(_ plan: Plan) -> [String] {
        plan.warnings.filter { $0.code == .numberingGap || $0.code == .numberingDuplicate }
            .map { "\($0.code.rawValue) \($0.sectionId ?? "-") \($0.line.map(String.init) ?? "-")" }
    }

    static func json(_ plan: Plan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(plan)
    }
}
