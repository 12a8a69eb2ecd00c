#if canImport(Glibc)
import Glibc
#endif

/// The LAPACK routines behind the Leontief and Ghosh inverses, loaded from OpenBLAS and LAPACKE
/// the first time an inverse is computed.
///
/// Linked into the executable, OpenBLAS starts its worker threads when the process starts, and
/// with no work to do they spin (`sched_yield`) on another core for about 0.1 s: every command
/// paid that, although only the linkage analyses use a matrix. Loaded on demand, only they do.
/// OpenBLAS, when installed, is loaded into the global namespace before LAPACKE, so that LAPACKE's
/// calls to `dgetrf_` and the other Fortran routines reach OpenBLAS's optimised kernels whichever
/// library `liblapack.so.3` names.
///
/// ```swift
/// let lapack = try LAPACK.shared.get()
/// let info = lapack.dgetrf(LAPACK.columnMajor, n, n, &factors, n, &pivots)
/// ```
struct LAPACK: Sendable {
    // The LAPACKE signatures of Debian's liblapacke (lapack_int is a 32-bit int, char a C char).
    typealias Dlange = @convention(c) (Int32, CChar, Int32, Int32, UnsafePointer<Double>?, Int32) -> Double
    typealias Dgetrf = @convention(c) (Int32, Int32, Int32, UnsafeMutablePointer<Double>?, Int32,
                                       UnsafeMutablePointer<Int32>?) -> Int32
    typealias Dgecon = @convention(c) (Int32, CChar, Int32, UnsafePointer<Double>?, Int32, Double,
                                       UnsafeMutablePointer<Double>?) -> Int32
    typealias Dgetrs = @convention(c) (Int32, CChar, Int32, Int32, UnsafePointer<Double>?, Int32,
                                       UnsafePointer<Int32>?, UnsafeMutablePointer<Double>?, Int32) -> Int32

    /// `LAPACK_COL_MAJOR`.
    static let columnMajor: Int32 = 102

    /// Norm of a matrix (`"1"`: the largest absolute column sum).
    let dlange: Dlange
    /// LU factorisation with partial pivoting.
    let dgetrf: Dgetrf
    /// Reciprocal condition number from an LU factorisation.
    let dgecon: Dgecon
    /// Solve with an LU factorisation.
    let dgetrs: Dgetrs

    /// The routines, loaded once (the first use pays for loading the libraries).
    static let shared: Result<LAPACK, LAPACKUnavailable> = load()

    private static func load() -> Result<LAPACK, LAPACKUnavailable> {
        // Without OpenBLAS, LAPACKE still works on whichever LAPACK and BLAS the system has, slower.
        _ = dlopen("libopenblas.so.0", RTLD_NOW | RTLD_GLOBAL)
        guard let lapacke = dlopen("liblapacke.so.3", RTLD_NOW | RTLD_LOCAL) else {
            return .failure(LAPACKUnavailable(reason: dlerror().map { String(cString: $0) } ?? "unknown reason"))
        }
        func routine<Function>(_ name: String, as type: Function.Type) -> Function? {
            dlsym(lapacke, name).map { unsafeBitCast($0, to: type) }
        }
        guard let dlange = routine("LAPACKE_dlange", as: Dlange.self),
              let dgetrf = routine("LAPACKE_dgetrf", as: Dgetrf.self),
              let dgecon = routine("LAPACKE_dgecon", as: Dgecon.self),
              let dgetrs = routine("LAPACKE_dgetrs", as: Dgetrs.self) else {
            return .failure(LAPACKUnavailable(reason: "liblapacke.so.3 lacks a LAPACKE routine"))
        }
        return .success(LAPACK(dlange: dlange, dgetrf: dgetrf, dgecon: dgecon, dgetrs: dgetrs))
    }
}

/// LAPACKE could not be loaded, or lacks a routine; `reason` is the dynamic loader's message.
struct LAPACKUnavailable: Error, Sendable, Equatable {
    let reason: String
}
