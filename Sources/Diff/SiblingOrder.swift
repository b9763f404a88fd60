/// Which paired siblings changed their order: the ones outside a longest increasing
/// subsequence of their old positions (the fewest sections whose moving explains the rest).
enum SiblingOrder {
    /// For `oldPositions` (old sibling positions in new order, all distinct), the indices
    /// (into the array) that are NOT part of one longest increasing subsequence.
    /// - Complexity: O(n log n).
    static func outOfOrder(_ oldPositions: [Int]) -> Set<Int> {
        let n = oldPositions.count
        guard n > 1 else { return [] }
        var tails: [Int] = []          // index into oldPositions of the tail of each length
        var previous = [Int](repeating: -1, count: n)
        for i in 0..<n {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if oldPositions[tails[mid]] < oldPositions[i] { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var keep = Set<Int>()
        var k = tails.last ?? -1
        while k >= 0 { keep.insert(k); k = previous[k] }
        return Set(0..<n).subtracting(keep)
    }
}
