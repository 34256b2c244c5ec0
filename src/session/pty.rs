//! The local terminal of an interactive session: a pseudo-terminal pair whose slave is
//! ssh's terminal (so ssh reads the window size and gets SIGWINCH as in a real terminal),
//! and raw mode on the user's own terminal while the session runs.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

pub struct Pair {
    pub master: OwnedFd,
    pub slave: OwnedFd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub cols: u16,
    pub rows: u16,
}

impl Default for Size {
    fn default() -> Size {
        Size { cols: 80, rows: 24 }
    }
}

pub fn open(size: Size) -> std::io::Result<Pair> {
    let (mut m, mut s) = (-1, -1);
    let ws = libc::winsize { ws_row: size.rows, ws_col: size.cols, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty writes two descriptors; the name and termios pointers may be null.
    let rc = unsafe { libc::openpty(&mut m, &mut s, std::ptr::null_mut(), std::ptr::null(), &ws) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just opened and are owned by nothing else.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(m), OwnedFd::from_raw_fd(s)) };
    for fd in [m, s] {
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok(Pair { master, slave })
}

pub fn is_tty(fd: RawFd) -> bool {
    unsafe { libc::isatty(fd) == 1 }
}

pub fn size_of(fd: RawFd) -> Option<Size> {
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ fills a winsize.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    (rc == 0 && ws.ws_col > 0 && ws.ws_row > 0).then_some(Size { cols: ws.ws_col, rows: ws.ws_row })
}

pub fn set_size(fd: RawFd, size: Size) {
    let ws = libc::winsize { ws_row: size.rows, ws_col: size.cols, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCSWINSZ reads a winsize; the kernel then signals the slave's foreground group.
    unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &ws) };
}

/// Raw mode on a terminal until dropped, when its old settings come back (also on error
/// paths, so a failed session never leaves the user's terminal raw).
pub struct RawMode {
    fd: RawFd,
    saved: libc::termios,
}

impl RawMode {
    pub fn enter(fd: RawFd) -> std::io::Result<RawMode> {
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let saved = t;
        unsafe { libc::cfmakeraw(&mut t) };
        if unsafe { libc::tcsetattr(fd, libc::TCSANOW, &t) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(RawMode { fd, saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        unsafe { libc::tcsetattr(self.fd, libc::TCSAFLUSH, &self.saved) };
    }
}

/// For `pre_exec`: make the slave the controlling terminal of a new session, so that
/// resizing the master signals ssh.
pub fn controlling_terminal(slave: &OwnedFd) -> impl FnMut() -> std::io::Result<()> + use<> {
    let fd = slave.as_raw_fd();
    move || {
        // SAFETY: async-signal-safe calls only, between fork and exec.
        unsafe {
            if libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            if libc::ioctl(fd, libc::TIOCSCTTY as _, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(())
    }
}
