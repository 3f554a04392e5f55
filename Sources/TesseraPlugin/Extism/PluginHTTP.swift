import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP request a plugin makes with `http_request`.
public struct PluginHTTPRequest: Hashable, Sendable {
    public var url: String
    public var method: String
    public var headers: [String: String]
    public var body: [UInt8]?

    public init(url: String, method: String = "GET", headers: [String: String] = [:], body: [UInt8]? = nil) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
    }
}

/// The response to a `PluginHTTPRequest`.
public struct PluginHTTPResponse: Hashable, Sendable {
    public var status: Int32
    /// Header names as received, in order.
    public var headers: [[String]]
    public var body: [UInt8]

    public init(status: Int32, headers: [[String]] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Performs the HTTP requests plugins make (after the host checked `allowed_hosts`).
public protocol PluginHTTPClient: Sendable {
    /// Sends `request`; reads at most `maxBodyBytes + 1` body bytes; throws on connection failure.
    func send(_ request: PluginHTTPRequest, timeout: Duration?, maxBodyBytes: UInt64) throws -> PluginHTTPResponse
}

/// The parts of an `http://` or `https://` URL the host needs.
struct ParsedURL {
    var scheme: String
    var host: String
    var port: Int
    var target: String

    init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var authority = String(rest[..<authorityEnd])
        if let at = authority.lastIndex(of: "@") { authority = String(authority[authority.index(after: at)...]) }
        var path = String(rest[authorityEnd...])
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        target = path.isEmpty ? "/" : (path.hasPrefix("/") ? path : "/" + path)
        port = scheme == "https" ? 443 : 80
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { guard let p = Int(after.dropFirst()) else { return nil }; port = p }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            guard let p = Int(authority[authority.index(after: colon)...]), (0...65535).contains(p) else { return nil }
            port = p
        } else {
            host = authority
        }
        host = host.lowercased()
        guard !host.isEmpty else { return nil }
    }
}

extension PluginContext {
    /// Whether `allowed_hosts` lets a request reach `host` (glob patterns; none when nil).
    func isAllowed(host: String) -> Bool {
        guard let patterns = allowedHosts else { return false }
        return patterns.contains { fnmatch($0, host, 0) == 0 || $0 == host }
    }

    /// `http_request(req, body)`: checks the host, sends, records status and headers, returns the body.
    func httpRequest(_ requestHandle: UInt64, _ bodyHandle: UInt64) throws -> UInt64 {
        let json = try handleBytes(requestHandle, "http request")
        guard let object = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any],
              let url = object["url"] as? String else {
            throw PluginHostError("invalid HTTP request JSON")
        }
        guard let parsed = ParsedURL(url) else { throw PluginHostError("Invalid URL: \(url)") }
        guard isAllowed(host: parsed.host) else { throw PluginHostError("HTTP request to \(url) is not allowed") }
        let body = bodyHandle == 0 ? nil : try handleBytes(bodyHandle, "http request body")
        let request = PluginHTTPRequest(url: url, method: object["method"] as? String ?? "GET",
                                        headers: object["headers"] as? [String: String] ?? [:], body: body)
        let remaining = deadline.map { $0 - ContinuousClock.now }
        if let remaining, remaining <= .zero { throw PluginHostError("timeout") }
        let max = limits.maxHTTPResponseBytes ?? 50 << 20
        let response = try httpClient.send(request, timeout: remaining, maxBodyBytes: max)
        httpStatus = response.status
        httpHeaders = response.headers.compactMap { $0.count == 2 ? ($0[0].lowercased(), $0[1]) : nil }
        guard UInt64(response.body.count) <= max else {
            throw PluginHostError("HTTP response exceeds the configured maximum number of bytes: \(max)")
        }
        return try memory.allocate(response.body)
    }

    /// `http_headers()`: the last response's headers as a JSON object, when the host exposes them.
    func httpHeadersHandle() throws -> UInt64 {
        guard exposeHTTPHeaders, let headers = httpHeaders else { return 0 }
        var object: [String: String] = [:]
        for (name, value) in headers { object[name] = value }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return try memory.allocate(Array(data))
    }
}
