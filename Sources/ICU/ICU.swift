import CICU
import Synchronization

/// The project's one Unicode authority: the system ICU, reached through the `CICU` shim.
/// Everything here takes and returns Swift strings; no C type leaves this module.
public enum ICU {
    /// A failure reported by ICU, with ICU's name for it.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let operation: String
        public let code: Int32
        public var description: String {
            "ICU \(operation) failed: \(String(cString: vnplan_icu_error_name(code)))"
        }
    }

    public enum NormalizationForm: Int32, Sendable {
        case nfc = 0, nfd = 1, nfkc = 2
    }

    /// The Unicode version of the ICU in use ("15.0").
    public static let unicodeVersion: String = {
        var buffer = [CChar](repeating: 0, count: 32)
        vnplan_icu_unicode_version(&buffer)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// `text` in the given normalisation form. ASCII and text ICU's quick check already
    /// accepts are returned as they are.
    /// - Complexity: O(n).
    public static func normalize(_ text: String, _ form: NormalizationForm = .nfc) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let source = Array(text.utf16)
        if vnplan_icu_is_normalized(form.rawValue, source, Int32(source.count)) == 1 { return text }
        return (try? runGrowing(operation: "normalize", initial: source.count + 16) { dest, capacity, error in
            vnplan_icu_normalize(form.rawValue, source, Int32(source.count), dest, capacity, &error)
        }) ?? text
    }

    /// NFC of `text`.
    public static func nfc(_ text: String) -> String { normalize(text, .nfc) }
    /// NFD of `text`.
    public static func nfd(_ text: String) -> String { normalize(text, .nfd) }

    /// Decodes `bytes` with an ICU converter ("windows-1258", "UTF-16LE", …) and returns NFC.
    public static func decode(_ bytes: [UInt8], charset: String) throws(Failure) -> String {
        let decoded = try runGrowing(operation: "decode \(charset)", initial: bytes.count + 16) { dest, capacity, error in
            vnplan_icu_decode(charset, bytes, Int32(bytes.count), dest, capacity, &error)
        }
        return nfc(decoded)
    }

    /// ICU's confusable skeleton (UTS #39) of `text`: glyphs that look alike meet.
    public static func confusableSkeleton(_ text: String) -> String {
        let source = Array(text.utf16)
        return (try? runGrowing(operation: "skeleton", initial: source.count * 2 + 8) { dest, capacity, error in
            vnplan_icu_confusable_skeleton(source, Int32(source.count), dest, capacity, &error)
        }) ?? text
    }

    /// Orders two strings as the Vietnamese collator does (a < ă < â, d < đ …).
    public static func vietnameseOrder(_ a: String, _ b: String) -> Bool {
        let ua = Array(a.utf16), ub = Array(b.utf16)
        return vnplan_icu_compare_vietnamese(ua, Int32(ua.count), ub, Int32(ub.count)) < 0
    }

    /// Runs an ICU "preflight" style call, growing the buffer until the result fits.
    static func runGrowing(
        operation: String, initial: Int,
        _ call: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) throws(Failure) -> String {
        var capacity = max(initial, 16)
        for _ in 0..<4 {
            var error: Int32 = 0
            var buffer = [UInt16](repeating: 0, count: capacity)
            let needed = buffer.withUnsafeMutableBufferPointer { ptr -> Int32 in
                call(ptr.baseAddress!, Int32(capacity), &error)
            }
            if needed < 0 || error > 0 { throw Failure(operation: operation, code: error) }
            if Int(needed) <= capacity {
                return String(decoding: buffer[0..<Int(needed)], as: UTF16.self)
            }
            capacity = Int(needed) + 16
        }
        throw Failure(operation: operation, code: 15) // U_BUFFER_OVERFLOW_ERROR
    }
}

/// An ICU transliterator (`Latin-ASCII`, or rules such as `đ > d; Đ > D;`).
/// ICU transliterators are not safe to share between threads unguarded; this wrapper
/// serialises calls with a mutex, so one instance may be shared.
public final class Transliterator: Sendable {
    private let handle: Mutex<UnsafeMutableRawPointer?>

    /// Opens a system transliterator by its id ("NFD; [:Nonspacing Mark:] Remove; NFC").
    public convenience init(id: String) throws(ICU.Failure) { try self.init(text: id, isRules: false) }
    /// Compiles a transliterator from ICU rule text.
    public convenience init(rules: String) throws(ICU.Failure) { try self.init(text: rules, isRules: true) }

    private init(text: String, isRules: Bool) throws(ICU.Failure) {
        let units = Array(text.utf16)
        var error: Int32 = 0
        let pointer = vnplan_icu_transliterator_open(units, Int32(units.count), isRules ? 1 : 0, &error)
        guard let pointer, error <= 0 else { throw ICU.Failure(operation: "open transliterator", code: error) }
        handle = Mutex(pointer)
    }

    deinit {
        handle.withLock { vnplan_icu_transliterator_close($0); $0 = nil }
    }

    /// `text` transliterated; on an ICU failure the input is returned unchanged.
    public func callAsFunction(_ text: String) -> String {
        if text.isEmpty { return text }
        return handle.withLock { pointer -> String in
            guard let pointer else { return text }
            var capacity = text.utf16.count * 2 + 16
            for _ in 0..<4 {
                var buffer = Array(text.utf16)
                var length = Int32(buffer.count)
                buffer.append(contentsOf: repeatElement(0, count: capacity - buffer.count))
                var error: Int32 = 0
                let needed = buffer.withUnsafeMutableBufferPointer {
                    vnplan_icu_transliterate(pointer, $0.baseAddress!, &length, Int32(capacity), &error)
                }
                if needed < 0 || error > 0 { return text }
                if Int(needed) <= capacity { return String(decoding: buffer[0..<Int(length)], as: UTF16.self) }
                capacity = Int(needed) + 16
            }
            return text
        }
    }
}
