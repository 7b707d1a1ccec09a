//! Handing freed memory back to the system after a large load.

/// Loading a million rows (the matching index, the statistics' facts)
/// leaves a few hundred megabytes freed in the allocator's heap, which
/// glibc keeps resident unless asked to return it.
pub(crate) fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the heap to the
    // system; it has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}
