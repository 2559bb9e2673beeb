//! The wasm module's allocator: blocks of power-of-two sizes, a free list per
//! size, memory taken from the wasm memory by growing it and never given
//! back (a wasm memory cannot shrink; std's dlmalloc does not give it back
//! either).
//!
//! Why not dlmalloc, std's allocator for wasm: it was 7 KB of the module.
//! What an analysis allocates (strings of the page, the profile, views) is
//! freed when it returns, and the next analysis asks for the same sizes
//! again, so blocks are reused without merging neighbours. The cost is up to
//! twice the memory for each block, which for a profile page is a few
//! hundred kilobytes at most.
//!
//! The bookkeeping ([`Heap`]) is plain Rust tested natively; only the memory
//! growth and the `GlobalAlloc` glue are wasm-specific.

/// Blocks are 2^MIN_CLASS bytes or more (room for the free-list link).
const MIN_CLASS: u32 = 3;
/// One free list per power of two up to 2^31 (all of a 32-bit memory).
const CLASSES: usize = 32;

/// Free lists and the untouched rest of the last memory growth.
pub struct Heap {
    /// The first free block of each size class (0: none); a free block's
    /// first word is the address of the next one.
    free: [usize; CLASSES],
    /// Untouched memory: `next..end`.
    next: usize,
    end: usize,
}

impl Heap {
    pub const fn new() -> Heap {
        Heap { free: [0; CLASSES], next: 0, end: 0 }
    }

    /// The size class of a block of `size` bytes aligned to `align` (both
    /// from a valid `Layout`), `None` past 2^31.
    fn class(size: usize, align: usize) -> Option<usize> {
        let size = size.max(align).max(1 << MIN_CLASS);
        let class = usize::BITS - (size - 1).leading_zeros();
        (class < CLASSES as u32).then_some(class as usize)
    }

    /// The address of a free block for `size` bytes aligned to `align`, 0
    /// when memory is exhausted. `grow(bytes)` must hand over at least
    /// `bytes` fresh bytes as `(start, end)`, or `None`.
    ///
    /// # Safety
    /// Addresses in the free lists and handed over by `grow` must be memory
    /// this heap owns, as [`Heap::free`] and `grow` guarantee.
    pub unsafe fn alloc(&mut self, size: usize, align: usize, grow: impl FnOnce(usize) -> Option<(usize, usize)>) -> usize {
        let Some(class) = Self::class(size, align) else {
            return 0;
        };
        let block = 1usize << class;
        let head = self.free[class];
        if head != 0 {
            // SAFETY: a free block of this class, its first word the next one.
            self.free[class] = unsafe { *(head as *const usize) };
            return head;
        }
        // Blocks are aligned to their own size, hence to `align` (≤ block).
        let aligned = |at: usize| at.wrapping_add(block - 1) & !(block - 1);
        let mut start = aligned(self.next);
        if start < self.next || self.end.saturating_sub(start) < block {
            let Some((from, to)) = grow(block.saturating_mul(2)) else {
                return 0;
            };
            // New pages follow the old ones unless something else grew the
            // memory in between; then the rest of the old growth is left.
            if from != self.end {
                self.next = from;
            }
            self.end = to;
            start = aligned(self.next);
            if start < self.next || self.end.saturating_sub(start) < block {
                return 0;
            }
        }
        self.next = start + block;
        start
    }

    /// Puts back a block [`Heap::alloc`] gave for the same `size` and `align`.
    ///
    /// # Safety
    /// `address` came from `alloc` with this size and alignment and is no
    /// longer used.
    pub unsafe fn free(&mut self, address: usize, size: usize, align: usize) {
        if let Some(class) = Self::class(size, align) {
            // SAFETY: the block is ours again and at least a word long.
            unsafe { *(address as *mut usize) = self.free[class] };
            self.free[class] = address;
        }
    }

    /// Whether a block given for `old` bytes also holds `new` bytes.
    pub fn fits(old: usize, new: usize, align: usize) -> bool {
        Self::class(old, align) == Self::class(new, align)
    }
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::Heap;
    use std::alloc::{GlobalAlloc, Layout};
    use std::cell::UnsafeCell;

    const PAGE: usize = 65536;

    struct Global(UnsafeCell<Heap>);

    // SAFETY: the wasm module is single-threaded (no atomics, no threads).
    unsafe impl Sync for Global {}

    /// Grows the wasm memory by at least `bytes`: the new pages' range.
    fn grow(bytes: usize) -> Option<(usize, usize)> {
        let pages = bytes.div_ceil(PAGE);
        let before = core::arch::wasm32::memory_grow(0, pages);
        (before != usize::MAX).then(|| (before * PAGE, (before + pages) * PAGE))
    }

    unsafe impl GlobalAlloc for Global {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: single-threaded, and no allocation happens while the
            // heap is borrowed; the heap only holds memory it grew.
            unsafe { (*self.0.get()).alloc(layout.size(), layout.align(), grow) as *mut u8 }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: as above; `ptr` came from `alloc` with `layout`.
            unsafe { (*self.0.get()).free(ptr as usize, layout.size(), layout.align()) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if Heap::fits(layout.size(), new_size, layout.align()) {
                return ptr;
            }
            // SAFETY: `new_size` with the old alignment is a valid layout
            // (GlobalAlloc::realloc's contract); the blocks do not overlap.
            unsafe {
                let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
                if !new.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                new
            }
        }
    }

    #[global_allocator]
    static HEAP: Global = Global(UnsafeCell::new(Heap::new()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A heap over a boxed arena, growing it a slice at a time.
    struct Arena {
        memory: Vec<u64>,
        used: usize,
    }

    impl Arena {
        fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
            let base = self.memory.as_mut_ptr() as usize;
            let len = self.memory.len() * 8;
            let bytes = bytes.div_ceil(4096) * 4096;
            (self.used + bytes <= len).then(|| {
                let from = base + self.used;
                self.used += bytes;
                (from, from + bytes)
            })
        }
    }

    #[test]
    fn blocks_are_aligned_disjoint_and_reused() {
        let mut arena = Arena { memory: vec![0; 1 << 20], used: 0 };
        let mut heap = Heap::new();
        let mut live: Vec<(usize, usize, usize)> = Vec::new();
        let sizes = [1, 7, 8, 9, 24, 100, 4096, 5000, 3, 64, 65, 70000, 16, 1];
        for (i, &size) in sizes.iter().enumerate() {
            let align = [1, 2, 4, 8, 16][i % 5];
            let at = unsafe { heap.alloc(size, align, |b| arena.grow(b)) };
            assert_ne!(at, 0);
            assert_eq!(at % align, 0);
            for &(other, other_size, _) in &live {
                assert!(at + size <= other || other + other_size <= at, "overlap");
            }
            unsafe { std::ptr::write_bytes(at as *mut u8, 0xAB, size) };
            live.push((at, size, align));
        }
        // Freed blocks come back for the same size class.
        let (at, size, align) = live.remove(5);
        unsafe { heap.free(at, size, align) };
        assert_eq!(unsafe { heap.alloc(size, align, |b| arena.grow(b)) }, at);
        assert!(Heap::fits(100, 128, 1));
        assert!(!Heap::fits(100, 129, 1));
    }

    #[test]
    fn exhaustion_and_huge_sizes_give_null() {
        let mut arena = Arena { memory: vec![0; 1024], used: 0 };
        let mut heap = Heap::new();
        assert_eq!(unsafe { heap.alloc(1 << 20, 1, |b| arena.grow(b)) }, 0);
        assert_eq!(unsafe { heap.alloc(usize::MAX / 2, 1, |_| None) }, 0);
        assert_ne!(unsafe { heap.alloc(10, 1, |b| arena.grow(b)) }, 0);
    }
}
