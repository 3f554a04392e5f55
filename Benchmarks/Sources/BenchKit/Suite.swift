/// The rows `tessera-bench` runs, in order, with their full and smoke sizes.
public enum Suite {
    /// Every scenario the options select: the execute rows, then load, instantiate and host calls.
    /// Modules are generated only for selected rows.
    public static func scenarios(manifest: WorkloadManifest, options: Options) throws -> [Scenario] {
        let smoke = options.smoke
        var rows: [Scenario] = []
        var largest: (workload: Workload, bytes: [UInt8])?
        for workload in manifest.workloads {
            let bytes = try manifest.bytes(of: workload)
            if bytes.count > largest?.bytes.count ?? -1 { largest = (workload, bytes) }
            if options.selects("execute/\(workload.name)") {
                rows.append(try .execute(workload, bytes: bytes, smoke: smoke))
            }
        }
        if let largest, options.selects("load/\(largest.workload.name)") {
            // Repeated so a sample handles about 4 MB (one load of a few KB is too short to time).
            let repeats = smoke ? 1 : max(1, 4_000_000 / largest.bytes.count)
            rows.append(.load(largest.workload.name, bytes: largest.bytes, repeats: repeats))
        }
        let generatedMB = options.generatedMB ?? (smoke ? 1 : 20)
        let generatedName = "generated-\(generatedMB)MB"
        if options.selects("load/\(generatedName)") {
            rows.append(.load(generatedName, bytes: ModuleGenerator.codeModule(bytes: generatedMB * 1_000_000 + 50_000),
                              repeats: 1))
        }
        if options.selects("instantiate/1MB") {
            rows.append(.instantiate("1MB", bytes: ModuleGenerator.instantiationModule(), count: smoke ? 2 : 20))
        }
        let calls = smoke ? 1000 : 2_000_000
        if options.selects("call/export (Swift→wasm)") { rows.append(.callExport(count: calls)) }
        if options.selects("call/import (wasm→Swift)") { rows.append(.callImport(count: calls)) }
        return rows
    }
}
