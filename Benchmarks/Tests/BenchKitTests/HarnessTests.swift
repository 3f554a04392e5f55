import Foundation
import Testing
@testable import BenchKit

@Suite struct HarnessTests {
    @Test func optionsParse() throws {
        let o = try Options(arguments: ["--filter", "fib", "--filter", "load", "--runs", "3", "--json", "--smoke"])
        #expect(o.filters == ["fib", "load"])
        #expect(o.samples == 3 && o.json && o.smoke && !o.tesseraOnly)
        #expect(o.selects("execute/fib") && o.selects("load/generated-20MB") && !o.selects("execute/sieve"))
        #expect(try Options(arguments: ["--smoke"]).samples == 1)
        #expect(try Options(arguments: []).samples == 5)
        #expect(throws: BenchError.self) { try Options(arguments: ["--runs", "0"]) }
        #expect(throws: BenchError.self) { try Options(arguments: ["--runs"]) }
        #expect(throws: BenchError.self) { try Options(arguments: ["--bogus"]) }
    }

    @Test func statistics() {
        #expect(Statistics.median([3, 1, 2]) == 2)
        #expect(Statistics.median([4, 1, 2, 3]) == 2.5)
        #expect(Statistics.median([]) == nil)
        #expect(abs(Statistics.geometricMean([0.5, 2, 1])! - 1) < 1e-12)
        #expect(Statistics.geometricMean([1, 0]) == nil)
    }

    @Test func metrics() {
        #expect(Metric.milliseconds.value(.milliseconds(250)) == 250)
        #expect(abs(Metric.nanosecondsPer(operations: 1000).value(.microseconds(5)) - 5) < 1e-9)
        #expect(abs(Metric.microsecondsPer(operations: 4).value(.milliseconds(2)) - 500) < 1e-9)
        #expect(abs(Metric.megabytesPerSecond(bytes: 20_000_000).value(.seconds(2)) - 10) < 1e-9)
    }

    @Test func tableEndsWithTheGeomeanOfExecuteRows() {
        func row(_ name: String, _ t: Double, _ w: Double, execute: Bool = true) -> RowResult {
            RowResult(name: name, unit: "ms", isExecute: execute, engines: [
                EngineResult(engine: "tessera", values: [t * 1000], seconds: [t]),
                EngineResult(engine: "wasmkit", values: [w * 1000], seconds: [w]),
            ])
        }
        let rows = [row("execute/a", 1, 2), row("execute/b", 2, 1), row("execute/c", 1, 4), row("load/x", 9, 1, execute: false)]
        let table = Report.table(rows, engines: ["tessera", "wasmkit"])
        #expect(table.split(separator: "\n").last == "geomean tessera/wasmkit: 0.63")  // (0.5·2·0.25)^(1/3)
        var failed = rows
        failed[0].engines[1].failure = "checksum"
        #expect(failed[0].ratio == nil)
        #expect(Report.table(failed, engines: ["tessera", "wasmkit"]).contains("FAILED execute/a on wasmkit: checksum"))
        let alone = [RowResult(name: "execute/a", unit: "ms", isExecute: true,
                               engines: [EngineResult(engine: "tessera", values: [1], seconds: [0.001])])]
        #expect(Report.table(alone, engines: ["tessera"]).hasSuffix("geomean tessera/wasmkit: n/a (WasmKit not measured)"))
    }

    @Test func manifestListsEveryWorkloadWithItsModule() throws {
        let manifest = try WorkloadManifest(directory: WorkloadManifest.defaultDirectory)
        #expect(manifest.workloads.count == 10)
        for workload in manifest.workloads {
            #expect(try manifest.bytes(of: workload).starts(with: [0x00, 0x61, 0x73, 0x6D]))
            _ = try workload.expected(smoke: true)
            _ = try workload.expected(smoke: false)
            #expect(FileManager.default.fileExists(atPath: manifest.directory.appendingPathComponent("src/\(workload.name).c").path))
        }
    }
}
