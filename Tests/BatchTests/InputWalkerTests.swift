import Testing
import Foundation
@testable import Batch

@Suite struct InputWalkerTests {
    @Test func filesStandForThemselvesAndFoldersForTheirTree() throws {
        let folder = try BatchFolder()
        let single = try folder.put("loose/ke-hoach.txt", Data("KẾ HOẠCH\n".utf8))
        try folder.put("tree/a/b/plan.txt", Data("x\n".utf8))
        try folder.put("tree/top.docx", Data("y\n".utf8))
        try folder.put("tree/.git/config", Data("z\n".utf8))
        try folder.put("tree/a/.~lock.plan.txt#", Data("z\n".utf8))
        try folder.put("tree/out/old.txt.json", Data("{}\n".utf8))

        let tree = folder.input + "/tree"
        let found = InputWalker.collect([single, tree, tree + "/a/b/plan.txt"], excluding: tree + "/out")
        // Sorted by path; the file also named on its own is found once; hidden files and the
        // output folder are left out.
        #expect(found.map(\.relativePath) == ["ke-hoach.txt", "a/b/plan.txt", "top.docx"])
        #expect(found.map(\.outputRelativePath) == ["ke-hoach.txt.json", "a/b/plan.txt.json", "top.docx.json"])
        #expect(found.map(\.path) == [single, tree + "/a/b/plan.txt", tree + "/top.docx"])
        #expect(found.first?.size == Data("KẾ HOẠCH\n".utf8).count)
    }

    @Test func aTrailingSlashDoesNotDoubleIt() throws {
        let folder = try BatchFolder()
        try folder.put("plan.txt", Data("x\n".utf8))
        let found = InputWalker.collect([folder.input + "/"])
        #expect(found.map(\.path) == [folder.input + "/plan.txt"])
        #expect(found.map(\.relativePath) == ["plan.txt"])
    }
}
