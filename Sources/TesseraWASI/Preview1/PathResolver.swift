/// Where a guest path leads: an entry `name` of the directory `parent`, or (`name == "."`) the
/// directory `parent` itself.
struct ResolvedPath {
    let parent: any WASIDirectory
    let name: String
    /// The path ended in `/`: the entry must be a directory.
    let mustBeDirectory: Bool

    var isParentItself: Bool { name == "." }
}

/// The capability sandbox: resolves a guest path relative to a directory descriptor one component at
/// a time. `..` may not climb above the starting directory, absolute paths and absolute symbolic link
/// targets are refused (`notcapable`), and symbolic links are expanded here (at most 40), never by the
/// filesystem: an implementation only ever sees one entry name of a directory it was handed.
enum PathResolver {
    static let maxSymlinks = 40

    /// Resolves `path` from `base`. Intermediate symbolic links are always followed; the last one only
    /// with `followLast` (or when the path ends in `/`).
    static func resolve(_ path: String, from base: any WASIDirectory, followLast: Bool) throws(WASIErrno) -> ResolvedPath {
        guard !path.isEmpty else { throw .noEntry }
        guard !path.hasPrefix("/") else { throw .permission }
        var stack: [any WASIDirectory] = [base]
        var pending = components(of: path)
        var mustBeDirectory = path.hasSuffix("/")
        var symlinks = 0
        while let component = pending.popLast() {
            let isLast = pending.isEmpty
            let top = stack[stack.count - 1]
            switch component {
            case ".":
                if isLast { return ResolvedPath(parent: top, name: ".", mustBeDirectory: true) }
                continue
            case "..":
                guard stack.count > 1 else { throw .permission }
                stack.removeLast()
                if isLast { return ResolvedPath(parent: stack[stack.count - 1], name: ".", mustBeDirectory: true) }
                continue
            default: break
            }
            if isLast && !followLast && !mustBeDirectory {
                return ResolvedPath(parent: top, name: component, mustBeDirectory: false)
            }
            let stat: WASIFileStat
            do { stat = try top.stat(component) } catch {
                if error == .noEntry && isLast {
                    return ResolvedPath(parent: top, name: component, mustBeDirectory: mustBeDirectory)
                }
                throw error
            }
            if stat.type == .symbolicLink {
                symlinks += 1
                guard symlinks <= maxSymlinks else { throw .loop }
                let target = try top.readLink(component)
                guard !target.isEmpty else { throw .noEntry }
                guard !target.hasPrefix("/") else { throw .permission }
                if isLast && target.hasSuffix("/") { mustBeDirectory = true }
                pending.append(contentsOf: components(of: target))
                if pending.isEmpty { pending.append(".") }
                continue
            }
            if isLast { return ResolvedPath(parent: top, name: component, mustBeDirectory: mustBeDirectory) }
            guard stat.type == .directory else { throw .notDirectory }
            stack.append(try top.openDirectory(component))
        }
        return ResolvedPath(parent: stack[stack.count - 1], name: ".", mustBeDirectory: true)
    }

    /// The components of `path`, last first (a stack to pop), without empty ones.
    static func components(of path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).reversed().map(String.init)
    }
}
