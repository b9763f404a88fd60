/// Interns comparison tokens as small integers shared by both versions, and counts in how
/// many sections each token occurs (its document frequency) to weigh rare words higher.
struct Vocabulary {
    private var ids: [String: Int] = [:]
    private(set) var documentFrequency: [Int] = []
    private(set) var documents = 0

    mutating func intern(_ token: String) -> Int {
        if let id = ids[token] { return id }
        let id = ids.count
        ids[token] = id
        documentFrequency.append(0)
        return id
    }

    mutating func intern(_ tokens: [String]) -> [Int] { tokens.map { intern($0) } }

    /// Records one document (section) holding these distinct tokens.
    mutating func count(distinct tokens: [Int]) {
        documents += 1
        for t in tokens { documentFrequency[t] += 1 }
    }

    /// Inverse document frequency weights, indexed by token id.
    func weights() -> [Double] {
        let n = Double(max(documents, 1))
        return documentFrequency.map { df in
            let x = 1.0 + n / Double(max(df, 1))
            return x > 1 ? log2(x) : 0
        }
    }

    private func log2(_ x: Double) -> Double {
        // The stdlib has no log; a short series is enough for weights.
        var value = x, exponent = 0.0
        while value >= 2 { value /= 2; exponent += 1 }
        // ln(value) for value in [1, 2) by atanh series, then to base 2.
        let y = (value - 1) / (value + 1)
        var term = y, sum = 0.0
        var k = 1.0
        for _ in 0..<12 { sum += term / k; term *= y * y; k += 2 }
        return exponent + 2 * sum / 0.6931471805599453
    }
}
