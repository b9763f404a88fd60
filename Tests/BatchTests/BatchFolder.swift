import Foundation
import Batch
import TestSupport
import ZIPFoundation

/// A temporary folder of inputs for a batch, removed when the value is released.
final class BatchFolder {
    let root: URL
    var input: String { root.appendingPathComponent("in").path }
    var output: String { root.appendingPathComponent("out").path }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("vnplan-batch-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("in"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `data` at `relative` below the input folder.
    @discardableResult
    func put(_ relative: String, _ data: Data) throws -> String {
        let url = URL(fileURLWithPath: input).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    func copy(_ source: URL, to relative: String) throws {
        try put(relative, try Data(contentsOf: source))
    }

    /// The good plans: the fixture plans (`plans/`, `batch/`) and the seeds. Returns their count.
    func addGoodPlans() throws -> Int {
        var count = 0
        for folder in ["plans", "batch"] {
            let dir = TestPaths.fixtures.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".txt") {
                try copy(dir.appendingPathComponent(name), to: "fixtures/\(name)")
                count += 1
            }
        }
        for name in TestPaths.seedNames {
            try copy(TestPaths.seed("\(name).txt"), to: "seeds/\(name).txt")
            count += 1
        }
        return count
    }

    /// Bad inputs, by relative path, with a phrase their error must contain (nil: any error).
    func addBadInputs() throws -> [String: String?] {
        var binary = Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10])
        for i in 0..<2048 { binary.append(UInt8((i * 37) & 0xFF)) }
        try put("bad/scan.bin", binary)
        try put("bad/cut.docx", try Self.truncatedDOCX())
        try put("bad/latin1.txt", Data("KẾ HOẠCH\nI. MỤC ĐÍCH\n".utf8) + Data([0x4B, 0xE9, 0x20, 0x68, 0x6F, 0x0A]))
        try put("bad/empty.txt", Data())
        return ["bad/scan.bin": "binary", "bad/cut.docx": nil, "bad/latin1.txt": "bad byte at offset 30", "bad/empty.txt": "empty"]
    }

    /// A DOCX (a zip with the parts Word writes) cut in the middle.
    static func truncatedDOCX() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", """
             <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
             <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
             """),
            ("word/document.xml", """
             <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
             \(String(repeating: "<w:p><w:r><w:t>KẾ HOẠCH phát triển kinh tế - xã hội giai đoạn 2026 - 2030</w:t></w:r></w:p>", count: 40))\
             </w:body></w:document>
             """),
        ]
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let whole = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return whole.prefix(whole.count / 2)
    }

    /// Every file below the output folder, relative to it.
    func outputFiles() -> [String] {
        (FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []).filter {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: output + "/" + $0, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }

    /// Temporary files left below the output folder.
    func temporaryFiles() -> [String] {
        outputFiles().filter { $0.contains(AtomicFile.temporaryMarker) }
    }

    func options(jobs: Int = 2, force: Bool = false, tool: String = "test-tool", output: String? = nil) -> BatchOptions {
        BatchOptions(inputs: [input], outputDirectory: output ?? self.output, jobs: jobs, force: force, tool: tool)
    }

    func modificationDate(_ relative: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: output + "/" + relative)[.modificationDate] as? Date
    }
}

/// Parses one JSON object.
func jsonObject(_ data: Data) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
}
