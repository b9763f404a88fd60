import CLibXML2

/// An element of a parsed XML or HTML document, as plain Swift values.
/// The only module that touches libxml2; everything it allocates is freed before returning.
public struct XMLElement: Sendable, Hashable {
    public enum Child: Sendable, Hashable {
        case element(XMLElement)
        case text(String)
    }

    /// Local name, lowercased for HTML ("w:p" comes back as "p" with `namespacePrefix` "w").
    public var name: String
    public var namespacePrefix: String?
    public var attributes: [String: String]
    public var children: [Child]
    /// 1-based line in the XML source, as libxml2 reports it.
    public var line: Int

    /// Child elements only.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// All text inside, in document order.
    public var textContent: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): e.appendText(to: &out)
            }
        }
    }

    /// Depth-first search of descendants (self included) with the given local name.
    public func descendants(named name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(named: name, into: &found)
        return found
    }

    private func collect(named target: String, into found: inout [XMLElement]) {
        if name == target { found.append(self) }
        for e in elements { e.collect(named: target, into: &found) }
    }
}

/// Why a document could not be parsed.
public struct XMLParseError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var line: Int?
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

public enum XMLParser {
    /// Parses well-formed XML. Malformed or truncated XML throws with libxml2's message.
    public static func parseXML(_ bytes: [UInt8]) throws(XMLParseError) -> XMLElement {
        try parse(bytes, html: false)
    }

    /// Parses HTML with libxml2's forgiving HTML parser (names lowercased).
    public static func parseHTML(_ bytes: [UInt8]) throws(XMLParseError) -> XMLElement {
        try parse(bytes, html: true)
    }

    private static func parse(_ bytes: [UInt8], html: Bool) throws(XMLParseError) -> XMLElement {
        guard !bytes.isEmpty else { throw XMLParseError(message: "empty document", line: nil) }
        xmlResetLastError()
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                if html {
                    let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue |
                                        HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
                    return htmlReadMemory(chars, Int32(bytes.count), nil, "UTF-8", options)
                } else {
                    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue |
                                        XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
                    return xmlReadMemory(chars, Int32(bytes.count), nil, nil, options)
                }
            }
        }
        guard let document else { throw lastError(default: "not well-formed") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw XMLParseError(message: "document has no root element", line: nil)
        }
        return convert(root, html: html)
    }

    private static func lastError(default message: String) -> XMLParseError {
        if let error = xmlGetLastError() {
            let text = error.pointee.message.map { String(cString: $0) } ?? message
            return XMLParseError(message: text.trimmingTrailingNewlines(), line: Int(error.pointee.line))
        }
        return XMLParseError(message: message, line: nil)
    }

    private static func convert(_ node: xmlNodePtr, html: Bool) -> XMLElement {
        let rawName = node.pointee.name.map { String(cString: $0) } ?? ""
        let prefix = node.pointee.ns?.pointee.prefix.map { String(cString: $0) }
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let key = a.pointee.name.map { String(cString: $0) } ?? ""
            // Read the attribute's text children directly: nothing to allocate or free.
            var value = ""
            var part = a.pointee.children
            while let p = part {
                if let content = p.pointee.content { value += String(cString: content) }
                part = p.pointee.next
            }
            let qualified = a.pointee.ns?.pointee.prefix.map { String(cString: $0) + ":" + key } ?? key
            attributes[qualified] = value
            attributes[key] = attributes[key] ?? value
            attribute = a.pointee.next
        }
        var children: [XMLElement.Child] = []
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(convert(c, html: html)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = c.pointee.next
        }
        return XMLElement(name: html ? rawName.lowercased() : rawName, namespacePrefix: prefix,
                          attributes: attributes, children: children, line: Int(xmlGetLineNo(node)))
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
