import Foundation
import Testing
import PlanModel
import TestSupport

/// Every fixture's and every seed's plan JSON validates against schema/plan.schema.json.
@Suite struct PlanSchemaTests {
    static let fixtures: [String] = {
        let folder = TestPaths.fixtures.appendingPathComponent("plans")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test func fixtureFolderIsRead() {
        #expect(Self.fixtures.count >= 8)
    }

    @Test(arguments: fixtures)
    func fixturePlanIsValid(name: String) throws {
        let json = try SegmentFixture.json(try SegmentFixture.plan(fixture: name))
        #expect(try SchemaValidator.errors(json: json, schema: "plan.schema.json") == [])
    }

    @Test(arguments: TestPaths.seedNames)
    func seedPlanIsValid(seed: String) throws {
        let json = try SegmentFixture.json(try SegmentFixture.plan(seed: seed))
        #expect(try SchemaValidator.errors(json: json, schema: "plan.schema.json") == [])
    }
}
