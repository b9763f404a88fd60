/// Vietnamese number notation: `.` groups thousands (`1.000` = 1000), `,` marks decimals
/// (`97,45` = 97.45), leading zeros are padding (`02` = 2).
enum VietnameseNumber {
    /// Parses one number token. A dot followed by groups of exactly three digits is a
    /// thousands separator; a single dot followed by other than three digits is read as a
    /// decimal point (English-style input); a comma is always the decimal mark.
    /// Returns nil for anything that is not a number.
    static func parse<S: StringProtocol>(_ token: S) -> Double? {
        var text = Substring(token)
        while let last = text.last, last == "." || last == "," { text = text.dropLast() }
        guard let first = text.first, first.isASCIIDigitChar else { return nil }
        guard text.allSatisfy({ $0.isASCIIDigitChar || $0 == "." || $0 == "," }) else { return nil }
        let commaParts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard commaParts.count <= 2 else { return nil }
        let integerPart = commaParts[0]
        let fraction = commaParts.count == 2 ? commaParts[1] : nil
        if let fraction, fraction.isEmpty || fraction.contains(".") { return nil }
        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        var integerDigits = ""
        var decimalDigits = fraction.map(String.init) ?? ""
        if groups.count == 1 {
            integerDigits = String(groups[0])
        } else if groups.dropFirst().allSatisfy({ $0.count == 3 }), !groups[0].isEmpty {
            integerDigits = groups.joined()
        } else if groups.count == 2, fraction == nil, !groups[0].isEmpty, !groups[1].isEmpty {
            integerDigits = String(groups[0])
            decimalDigits = String(groups[1])
        } else {
            return nil
        }
        guard !integerDigits.isEmpty else { return nil }
        let all = integerDigits + decimalDigits
        guard all.count <= 18 else { return nil }
        var mantissa = 0
        for ch in all { mantissa = mantissa * 10 + ch.asciiDigitValue }
        var divisor = 1.0
        for _ in decimalDigits { divisor *= 10 }
        let value = Double(mantissa) / divisor
        return value
    }

    /// `parse` of a token of ASCII scalars.
    static func parse(ascii token: ArraySlice<Unicode.Scalar>) -> Double? {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: token)
        return parse(String(view))
    }
}

extension Character {
    var isASCIIDigitChar: Bool { isASCII && isNumber && ("0"..."9").contains(self) }
    var asciiDigitValue: Int { Int(asciiValue ?? 48) - 48 }
    var isDashLike: Bool { self == "-" || self == "–" || self == "—" }
}
