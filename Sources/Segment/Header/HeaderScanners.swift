/// Hand scanners for the header's patterns (`HeaderPatterns`) over the UTF-8 bytes of
/// `SimpleText`. Each finds what its Swift Regex finds: every quantifier in those patterns
/// either takes all it can or the match fails, so no backtracking is needed.
/// Offsets are UTF-8 offsets.
struct DateMatch {
    var range: Range<Int>
    var day: Range<Int>
    var month: Range<Int>
    var year: Range<Int>
}

enum DateScanner {
    static let gay: [UInt8] = Array("gày".utf8)
    static let thang: [UInt8] = Array("tháng".utf8)
    static let nam: [UInt8] = Array("năm".utf8)

    /// `[Nn]gày\s*(\d{0,2})\s*tháng\s*(\d{0,2})\s*,?\s*năm\s*(\d{4})`, the first match.
    static func longForm(_ b: UnsafeBufferPointer<UInt8>) -> DateMatch? {
        var start = 0
        while start < b.count {
            defer { start += 1 }
            guard b[start] == 0x4E || b[start] == 0x6E, SimpleText.matches(b, start + 1, gay) else { continue }
            var i = SimpleText.skipWhitespace(b, start + 1 + gay.count)
            let day = digits(b, i, max: 2)
            i = SimpleText.skipWhitespace(b, day.upperBound)
            guard SimpleText.matches(b, i, thang) else { continue }
            i = SimpleText.skipWhitespace(b, i + thang.count)
            let month = digits(b, i, max: 2)
            i = SimpleText.skipWhitespace(b, month.upperBound)
            if i < b.count, b[i] == 0x2C { i = SimpleText.skipWhitespace(b, i + 1) }   // "tháng 11, năm 2025"
            guard SimpleText.matches(b, i, nam) else { continue }
            i = SimpleText.skipWhitespace(b, i + nam.count)
            let year = digits(b, i, max: 4)
            guard year.count == 4 else { continue }
            return DateMatch(range: start..<year.upperBound, day: day, month: month, year: year)
        }
        return nil
    }

    /// `(?:^|[^\d\/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)`, the first match.
    static func shortForm(_ b: UnsafeBufferPointer<UInt8>) -> DateMatch? {
        var p = 0
        while p < b.count {
            if p == 0, let m = shortDate(b, at: 0) { return DateMatch(range: 0..<m.range.upperBound, day: m.day, month: m.month, year: m.year) }
            let c = b[p]
            let length = SimpleText.scalarLength(c)
            if !SimpleText.isDigit(c), c != 0x2F, let m = shortDate(b, at: p + length) {
                return DateMatch(range: p..<m.range.upperBound, day: m.day, month: m.month, year: m.year)
            }
            p += length
        }
        return nil
    }

    /// `(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)` at `i`.
    private static func shortDate(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> DateMatch? {
        let day = digits(b, i, max: 3)
        guard (1...2).contains(day.count) else { return nil }
        var k = SimpleText.skipWhitespace(b, day.upperBound)
        guard k < b.count, b[k] == 0x2F else { return nil }
        k = SimpleText.skipWhitespace(b, k + 1)
        let month = digits(b, k, max: 3)
        guard (1...2).contains(month.count) else { return nil }
        k = SimpleText.skipWhitespace(b, month.upperBound)
        guard k < b.count, b[k] == 0x2F else { return nil }
        k = SimpleText.skipWhitespace(b, k + 1)
        let year = digits(b, k, max: 5)
        guard year.count == 4 else { return nil }
        return DateMatch(range: i..<year.upperBound, day: day, month: month, year: year)
    }

    /// The run of ASCII digits at `i`, at most `max` long.
    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, max: Int) -> Range<Int> {
        var k = i
        while k < b.count, k - i < max, SimpleText.isDigit(b[k]) { k += 1 }
        return i..<k
    }
}

struct NumberMatch {
    var range: Range<Int>
    var digits: Range<Int>
    var separator: Range<Int>
    var symbol: Range<Int>
}

enum NumberScanner {
    /// Every match of `(\d{1,4}[a-z]?)\s*([\/\-–])\s*([A-ZĐ][A-Za-zĐđ]*(?:\s*[\-–\/]\s*[A-ZĐ][A-Za-zĐđ0-9\.]*)*)`,
    /// left to right, not overlapping.
    static func all(_ b: UnsafeBufferPointer<UInt8>) -> [NumberMatch] {
        var result: [NumberMatch] = []
        var p = 0
        while p < b.count {
            if SimpleText.isDigit(b[p]), let m = match(b, at: p) {
                result.append(m)
                p = m.range.upperBound
            } else {
                p += SimpleText.scalarLength(b[p])
            }
        }
        return result
    }

    private static func match(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> NumberMatch? {
        let run = DateScanner.digits(b, p, max: 5)
        guard (1...4).contains(run.count) else { return nil }
        var i = run.upperBound
        if i < b.count, b[i] >= 0x61, b[i] <= 0x7A { i += 1 }
        let number = p..<i
        i = SimpleText.skipWhitespace(b, i)
        let separatorLength = self.separator(b, i)
        guard separatorLength > 0 else { return nil }
        let separator = i..<(i + separatorLength)
        i = SimpleText.skipWhitespace(b, separator.upperBound)
        let capital = self.capital(b, i)
        guard capital > 0 else { return nil }
        let symbolStart = i
        i += capital
        while true {
            let n = letter(b, i, digitsAndDots: false)
            if n == 0 { break }
            i += n
        }
        while true {
            var k = SimpleText.skipWhitespace(b, i)
            let s = self.separator(b, k)
            guard s > 0 else { break }
            k = SimpleText.skipWhitespace(b, k + s)
            let c = self.capital(b, k)
            guard c > 0 else { break }
            k += c
            while true {
                let n = letter(b, k, digitsAndDots: true)
                if n == 0 { break }
                k += n
            }
            i = k
        }
        return NumberMatch(range: p..<i, digits: number, separator: separator, symbol: symbolStart..<i)
    }

    /// `[\/\-–]` at `i`: its length, or 0.
    static func separator(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        if b[i] == 0x2F || b[i] == 0x2D { return 1 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x93 { return 3 }
        return 0
    }

    /// `[A-ZĐ]` at `i`: its length, or 0.
    static func capital(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        if b[i] >= 0x41 && b[i] <= 0x5A { return 1 }
        if b[i] == 0xC4, i + 1 < b.count, b[i + 1] == 0x90 { return 2 }
        return 0
    }

    /// `[A-Za-zĐđ]` (or `[A-Za-zĐđ0-9\.]`) at `i`: its length, or 0.
    static func letter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, digitsAndDots: Bool) -> Int {
        guard i < b.count else { return 0 }
        let c = b[i]
        if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { return 1 }
        if digitsAndDots, SimpleText.isDigit(c) || c == 0x2E { return 1 }
        if c == 0xC4, i + 1 < b.count, b[i + 1] == 0x90 || b[i + 1] == 0x91 { return 2 }
        return 0
    }

    /// The number as reported ("01 - NQ/ĐH" → "01-NQ/ĐH"), or nil when its symbol has no
    /// letter group of two or more letters (KH, NQ, CTr, UBND).
    static func tidy(_ b: UnsafeBufferPointer<UInt8>, _ m: NumberMatch) -> String? {
        var symbol: [UInt8] = []
        symbol.reserveCapacity(m.symbol.count)
        var i = m.symbol.lowerBound
        var group = 0, longGroup = false
        while i < m.symbol.upperBound {
            let c = b[i]
            if c == 0x20 { i += 1; continue }
            if separator(b, i) > 0 {
                symbol.append(c == 0x2F ? 0x2F : 0x2D)
                i += separator(b, i)
                group = 0
                continue
            }
            if c & 0xC0 != 0x80 { group += 1; if group >= 2 { longGroup = true } }
            symbol.append(c)
            i += 1
        }
        guard longGroup else { return nil }
        var number = Array(UnsafeBufferPointer(rebasing: b[m.digits]))
        number.append(b[m.separator.lowerBound] == 0x2F ? 0x2F : 0x2D)
        number.append(contentsOf: symbol)
        return String(decoding: number, as: UTF8.self)
    }
}

/// `^[Ss][ốỐ]\s*:?\s*(\S*)(.*)$` on simple text: the ranges of the number and the rest.
enum NumberLineScanner {
    static let o: [UInt8] = Array("ố".utf8)
    static let upperO: [UInt8] = Array("Ố".utf8)

    static func match(_ b: UnsafeBufferPointer<UInt8>) -> (number: Range<Int>, rest: Range<Int>)? {
        guard let first = b.first, first == 0x53 || first == 0x73,
              SimpleText.matches(b, 1, o) || SimpleText.matches(b, 1, upperO) else { return nil }
        var i = SimpleText.skipWhitespace(b, 1 + o.count)
        if i < b.count, b[i] == 0x3A { i += 1 }
        i = SimpleText.skipWhitespace(b, i)
        let start = i
        while i < b.count, SimpleText.whitespaceLength(b, i) == 0 { i += SimpleText.scalarLength(b[i]) }
        return (start..<i, i..<b.count)
    }
}

/// `^(?:[IVXLC]+|[A-ZĐ]|\d{1,2})[.\-/]\s` on simple text ("I. …", "I- …", "1/ …").
enum HeadingScanner {
    static func matches(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        func dotSpace(_ i: Int) -> Bool {
            i < b.count && (b[i] == 0x2E || b[i] == 0x2D || b[i] == 0x2F) && SimpleText.whitespaceLength(b, i + 1) > 0
        }
        var roman = 0
        while roman < b.count, [0x49, 0x56, 0x58, 0x4C, 0x43].contains(b[roman]) { roman += 1 }
        if roman > 0, dotSpace(roman) { return true }
        let capital = NumberScanner.capital(b, 0)
        if capital > 0, dotSpace(capital) { return true }
        let digits = DateScanner.digits(b, 0, max: 3)
        return (1...2).contains(digits.count) && dotSpace(digits.upperBound)
    }
}
