import Testing
import Foundation
@testable import Pipeline
import TestSupport

/// The golden plan JSON of each seed and fixture plan: the spec, checked by hand against the
/// document. `VNPLAN_RECORD=1 swift test --filter GoldenPlanTests` rewrites them; review the
/// diff (`git diff Tests/Fixtures/golden`) line by line before committing.
@Suite struct GoldenPlanTests {
    static let inputs: [String] = TestPaths.seedNames.map { TestPaths.seed($0 + ".txt").path }
        + ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.fixtures.appendingPathComponent("plans").path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { TestPaths.fixtures.appendingPathComponent("plans/\($0)").path }

    static func goldenURL(for input: String) -> URL {
        let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        return TestPaths.fixtures.appendingPathComponent("golden/\(name).plan.json")
    }

    /// Plan JSON with the machine-specific source path reduced to the file name.
    static func json(for input: String) throws -> Data {
        var plan = try Converter().convert(path: input)
        plan.source.path = URL(fileURLWithPath: input).lastPathComponent
        var data = try PlanJSON.encode(plan)
        data.append(0x0A)
        return data
    }

    @Test(arguments: inputs)
    func matchesGolden(input: String) throws {
        let actual = try Self.json(for: input)
        let url = Self.goldenURL(for: input)
        if ProcessInfo.processInfo.environment["VNPLAN_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        if actual != expected {
            let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("""
                \(url.lastPathComponent) differs at line \(first + 1):
                  expected: \(first < e.count ? String(e[first]) : "<end>")
                  actual:   \(first < a.count ? String(a[first]) : "<end>")
                (VNPLAN_RECORD=1 rewrites the golden; review the diff by hand)
                """)
        }
    }

    @Test(arguments: inputs)
    func validatesAgainstSchema(input: String) throws {
        let errors = try SchemaValidator.errors(json: try Self.json(for: input), schema: "plan.schema.json")
        #expect(errors.isEmpty, "\(errors.prefix(10).joined(separator: "\n"))")
    }
}
