import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import TesseraPlugin

/// http_request against a loopback server this test starts (no other network).
final class PluginHTTPTests: XCTestCase {
    /// Serves `count` connections on 127.0.0.1 with a fixed 201 response; returns the port.
    func startServer(count: Int, body: String) throws -> UInt16 {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, size) } }
        listen(s, 4)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &size) } }
        let port = UInt16(bigEndian: address.sin_port)
        Thread {
            for _ in 0..<count {
                let c = accept(s, nil, nil)
                guard c >= 0 else { break }
                var buffer = [UInt8](repeating: 0, count: 4096)
                _ = recv(c, &buffer, buffer.count, 0)
                let response = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nX-Probe: yes\r\n"
                    + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
                _ = Array(response.utf8).withUnsafeBytes { send(c, $0.baseAddress, $0.count, 0) }
                close(c)
            }
            close(s)
        }.start()
        return port
    }

    func testAllowedRequestReturnsStatusBodyAndOptionalHeaders() throws {
        let port = try startServer(count: 2, body: "{\"hello\":\"from loopback\"}")
        let input = Array("{\"url\":\"http://127.0.0.1:\(port)/x\"}".utf8)
        let plain = try PluginFixtures.kitchen(#","allowed_hosts":["127.0.0.*"]"#)
        XCTAssertEqual(String(decoding: try plain.call("http", input), as: UTF8.self),
                       #"{"status":201,"body":"{\"hello\":\"from loopback\"}","headers":null}"#)
        let withHeaders = try PluginFixtures.kitchen(#","allowed_hosts":["127.0.0.1"]"#,
                                                     options: PluginOptions(exposeHTTPResponseHeaders: true))
        XCTAssertEqual(String(decoding: try withHeaders.call("http", input), as: UTF8.self),
                       #"{"status":201,"body":"{\"hello\":\"from loopback\"}","headers":"has x-probe"}"#)
    }

    func testResponseLargerThanTheCapFailsTheCall() throws {
        let port = try startServer(count: 1, body: "0123456789")
        let plugin = try PluginFixtures.kitchen(#","allowed_hosts":["127.0.0.1"],"memory":{"max_http_response_bytes":5}"#)
        let result = plugin.rawCall("http", Array("{\"url\":\"http://127.0.0.1:\(port)/\"}".utf8))
        XCTAssertEqual(result.returnCode, -1)
        XCTAssertTrue(plugin.context.fault == nil)
    }

    func testDeniedRequestNeverConnects() throws {
        final class Recorder: PluginHTTPClient, @unchecked Sendable {
            var requests = 0
            func send(_ request: PluginHTTPRequest, timeout: Duration?, maxBodyBytes: UInt64) throws -> PluginHTTPResponse {
                requests += 1
                return PluginHTTPResponse(status: 200)
            }
        }
        let recorder = Recorder()
        let plugin = try PluginFixtures.kitchen(#","allowed_hosts":["*.example.com"]"#,
                                                options: PluginOptions(httpClient: recorder))
        XCTAssertEqual(plugin.rawCall("http", Array(#"{"url":"http://evil.test/x"}"#.utf8)).returnCode, -1)
        XCTAssertEqual(recorder.requests, 0)
        XCTAssertEqual(plugin.rawCall("http", Array(#"{"url":"http://api.example.com/x"}"#.utf8)).returnCode, 0)
        XCTAssertEqual(recorder.requests, 1)
    }
}
