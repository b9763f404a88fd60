/// Shortest edit script between two sequences of interned tokens (Myers' O((N+M)·D)
/// algorithm after trimming the common prefix and suffix).
enum SequenceDiff {
    enum Op: Equatable { case equal, insert, delete }

    /// Edit runs turning `a` into `b`: `(op, count)`, in order.
    /// When more than `maxEdits` edits are needed, the middle is one delete and one insert.
    /// - Complexity: O((N+M)·D) time, O(D²) memory for the trace, D ≤ `maxEdits`.
    static func diff(_ a: [Int], _ b: [Int], maxEdits: Int = 1500) -> [(Op, Int)] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        var runs: [(Op, Int)] = []
        func push(_ op: Op, _ n: Int) {
            guard n > 0 else { return }
            if let last = runs.last, last.0 == op { runs[runs.count - 1].1 += n } else { runs.append((op, n)) }
        }
        push(.equal, prefix)
        for (op, n) in middle(midA, midB, maxEdits: maxEdits) { push(op, n) }
        push(.equal, suffix)
        return runs
    }

    private static func middle(_ a: [Int], _ b: [Int], maxEdits: Int) -> [(Op, Int)] {
        let n = a.count, m = b.count
        if n == 0 { return m == 0 ? [] : [(.insert, m)] }
        if m == 0 { return [(.delete, n)] }
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d] holds v[-d-1 ... d+1] as it was when round d began.
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...limit {
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = true; break outer }
                k += 2
            }
        }
        guard found else { return [(.delete, n), (.insert, m)] }
        // Backtrack through the saved frontiers.
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let vd = trace[d]
            let base = d + 1 // index in vd of k = 0
            let k = x - y
            let prevK: Int
            if d == 0 {
                while x > 0, y > 0 { ops.append(.equal); x -= 1; y -= 1 }
                break
            }
            if k == -d || (k != d && vd[base + k - 1] < vd[base + k + 1]) {
                prevK = k + 1
            } else {
                prevK = k - 1
            }
            let prevX = vd[base + prevK]
            let prevY = prevX - prevK
            while x > prevX, y > prevY { ops.append(.equal); x -= 1; y -= 1 }
            if x == prevX { ops.append(.insert); y -= 1 } else { ops.append(.delete); x -= 1 }
        }
        var runs: [(Op, Int)] = []
        for op in ops.reversed() {
            if let last = runs.last, last.0 == op { runs[runs.count - 1].1 += 1 } else { runs.append((op, 1)) }
        }
        return runs
    }
}
