import Testing
import Foundation
@testable import Pipeline

@Suite struct ConverterTests {
    @Test func convertsBytesToJSON() throws {
        let plan = try Converter().convert(bytes: Array("KẾ HOẠCH\nI. MỤC ĐÍCH\n".utf8), path: "k.txt")
        let json = try PlanJSON.encode(plan)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect(object?["schemaVersion"] as? String == "1.0")
    }
}
