import Testing
@testable import Diff

@Suite struct SequenceDiffTests {
    @Test func editScriptRebuildsBothSides() {
        let a = [1, 2, 3, 4, 5, 6], b = [1, 9, 3, 4, 6, 7]
        let runs = SequenceDiff.diff(a, b)
        var i = 0, j = 0, rebuiltA: [Int] = [], rebuiltB: [Int] = []
        for (op, n) in runs {
            switch op {
            case .equal: rebuiltA += a[i..<i + n]; rebuiltB += b[j..<j + n]; i += n; j += n
            case .delete: rebuiltA += a[i..<i + n]; i += n
            case .insert: rebuiltB += b[j..<j + n]; j += n
            }
        }
        #expect(rebuiltA == a && rebuiltB == b)
        // 2 → 9 (one delete, one insert), 5 deleted, 7 inserted: four edits.
        let edits = runs.filter { $0.0 != .equal }.map(\.1).reduce(0, +)
        #expect(edits == 4)
    }

    @Test func identicalAndEmpty() {
        #expect(SequenceDiff.diff([1, 2], [1, 2]).map(\.1) == [2])
        #expect(SequenceDiff.diff([], [1]).first?.0 == .insert)
        #expect(SequenceDiff.diff([1], []).first?.0 == .delete)
    }

    @Test func siblingOrderMarksTheFewestMoves() {
        #expect(SiblingOrder.outOfOrder([0, 1, 2, 3]).isEmpty)
        #expect(SiblingOrder.outOfOrder([0, 2, 1, 3]).count == 1)
        #expect(SiblingOrder.outOfOrder([3, 0, 1, 2]) == [0])
    }
}
