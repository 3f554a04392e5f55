import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 client over POSIX sockets: plain `http://` only (one request per connection,
/// `Content-Length`, chunked or read-to-close bodies). `https://` URLs fail with a clear error: an
/// embedder that needs TLS supplies its own `PluginHTTPClient`.
public struct SocketHTTPClient: PluginHTTPClient {
    public init() {}

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    public func send(_ request: PluginHTTPRequest, timeout: Duration?, maxBodyBytes: UInt64) throws -> PluginHTTPResponse {
        guard let url = ParsedURL(request.url) else { throw Failure(description: "Invalid URL: \(request.url)") }
        guard url.scheme == "http" else {
            throw Failure(description: "https is not supported by the built-in HTTP client: \(request.url)")
        }
        let socket = try connect(host: url.host, port: url.port, timeout: timeout)
        defer { close(socket) }
        var head = "\(request.method) \(url.target) HTTP/1.1\r\nHost: \(url.host)\r\nConnection: close\r\n"
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if let body = request.body { head += "Content-Length: \(body.count)\r\n" }
        try write(socket, Array((head + "\r\n").utf8) + (request.body ?? []))
        return try readResponse(socket, limit: Int(min(maxBodyBytes, 1 << 40)) + 1)
    }

    private func connect(host: String, port: Int, timeout: Duration?) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw Failure(description: "cannot resolve host \(host)")
        }
        defer { freeaddrinfo(list) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            let s = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if s >= 0 {
                if let timeout {
                    let (seconds, attoseconds) = timeout.components
                    var tv = timeval(tv_sec: max(Int(seconds), 0), tv_usec: max(Int(attoseconds / 1_000_000_000_000), 1))
                    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
                    setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
                }
                if Glibc.connect(s, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return s }
                close(s)
            }
            entry = info.pointee.ai_next
        }
        throw Failure(description: "Connection Failed: Connect error: connection refused")
    }

    private func write(_ socket: Int32, _ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "connection closed while sending") }
            sent += n
        }
    }

    private func readResponse(_ socket: Int32, limit: Int) throws -> PluginHTTPResponse {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        var headerEnd: Int?
        var contentLength: Int?
        var response = PluginHTTPResponse(status: 0)
        var chunked = false
        while true {
            if let end = headerEnd {
                let body = data.count - end
                if let contentLength, body >= contentLength { break }
                if body > limit && !chunked { break }
            }
            let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n < 0 { throw Failure(description: "timeout") }
            if n == 0 { break }
            data += buffer[0..<n]
            if headerEnd == nil, let end = Self.find([13, 10, 13, 10], in: data) {
                headerEnd = end + 4
                let lines = String(decoding: data[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
                let status = lines.first?.split(separator: " ")
                guard let status, status.count >= 2, let code = Int32(status[1]) else {
                    throw Failure(description: "malformed HTTP response")
                }
                response.status = code
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let name = String(line[..<colon]), value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    response.headers.append([name, value])
                    if name.lowercased() == "content-length" { contentLength = Int(value) }
                    if name.lowercased() == "transfer-encoding", value.lowercased().contains("chunked") { chunked = true }
                }
            }
        }
        guard let end = headerEnd else { throw Failure(description: "malformed HTTP response") }
        var body = Array(data[end...])
        if chunked { body = Self.dechunk(body) }
        if let contentLength, body.count > contentLength { body = Array(body[0..<contentLength]) }
        response.body = Array(body.prefix(limit))
        return response
    }

    private static func find(_ needle: [UInt8], in data: [UInt8]) -> Int? {
        guard data.count >= needle.count else { return nil }
        for i in 0...(data.count - needle.count) where data[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }

    private static func dechunk(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < data.count {
            guard let lineEnd = find([13, 10], in: Array(data[i...])) else { break }
            let sizeText = String(decoding: data[i..<(i + lineEnd)], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
            let start = i + lineEnd + 2
            out += data[start..<min(start + size, data.count)]
            i = start + size + 2
        }
        return out
    }
}
