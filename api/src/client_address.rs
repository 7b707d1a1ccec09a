//! The client's address, for limits keyed by address. Behind reverse
//! proxies the TCP peer is the proxy; `X-Forwarded-For` then names the
//! client, but every proxy appends and a client can write whatever it likes
//! at the left. So the header is read only when the peer is a trusted proxy,
//! and from the right: entries of trusted proxies are skipped, and the first
//! untrusted one is the client.
//!
//! The CIDR parsing is written here over `std::net` (about forty lines):
//! the lean crates for it (`ipnet`, `ipnetwork`) are not yet in the build,
//! and only "does this range hold this address" is needed.

use std::{fmt, net::IpAddr, str::FromStr};

/// An address range: `10.0.0.0/8`, `fd00::/8`, or one address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpRange {
    network: IpAddr,
    prefix: u8,
}

impl IpRange {
    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.network, address.to_canonical()) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(network) & mask == u32::from(address) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(network) & mask == u128::from(address) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for IpRange {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let network = address
            .parse::<IpAddr>()
            .map_err(|_| format!("`{text}` is not an address or a CIDR range"))?
            .to_canonical();
        let bits = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => bits,
            Some(prefix) => prefix
                .parse::<u8>()
                .ok()
                .filter(|prefix| *prefix <= bits)
                .ok_or_else(|| format!("`{text}`: the prefix must be 0 to {bits}"))?,
        };
        Ok(Self { network, prefix })
    }
}

impl fmt::Display for IpRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

/// The reverse proxies whose `X-Forwarded-For` is believed
/// (`HOP_TRUSTED_PROXIES`, comma-separated addresses and ranges).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpRange>);

impl TrustedProxies {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|range| range.contains(address))
    }
}

impl FromStr for TrustedProxies {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        text.split(',')
            .filter(|item| !item.trim().is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map(Self)
    }
}

/// The client's address: the TCP `peer` unless it is a trusted proxy; then
/// the rightmost entry of `forwarded_for` (the header's values in order)
/// that is not a trusted proxy. When every entry is trusted, the leftmost;
/// when an entry cannot be read, the trusted hop that wrote it.
pub fn client_address(
    peer: Option<IpAddr>,
    forwarded_for: &[&str],
    trusted: &TrustedProxies,
) -> Option<IpAddr> {
    let mut hop = peer?.to_canonical();
    if !trusted.trusts(hop) {
        return Some(hop);
    }
    let entries = forwarded_for
        .iter()
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .filter(|entry| !entry.is_empty());
    for entry in entries.rev() {
        let Some(address) = parse_entry(entry) else {
            return Some(hop);
        };
        hop = address;
        if !trusted.trusts(hop) {
            return Some(hop);
        }
    }
    Some(hop)
}

/// `192.0.2.1`, `2001:db8::1`, and the forms with ports some proxies write:
/// `192.0.2.1:4711`, `[2001:db8::1]:4711`.
fn parse_entry(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .or_else(|_| entry.parse::<std::net::SocketAddr>().map(|addr| addr.ip()))
        .ok()
        .map(|address| address.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn proxies(text: &str) -> TrustedProxies {
        text.parse().unwrap()
    }

    #[test]
    fn ranges_are_parsed_and_matched() {
        let range: IpRange = "10.0.0.0/8".parse().unwrap();
        assert!(range.contains(ip("10.200.3.4")));
        assert!(!range.contains(ip("11.0.0.1")));
        assert!(range.contains(ip("::ffff:10.1.2.3")), "IPv4-mapped IPv6");
        let single: IpRange = "192.0.2.7".parse().unwrap();
        assert!(single.contains(ip("192.0.2.7")));
        assert!(!single.contains(ip("192.0.2.8")));
        let v6: IpRange = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:1::5")));
        assert!(!v6.contains(ip("2001:db9::5")));
        assert!(!v6.contains(ip("10.0.0.1")));
        let everything: IpRange = "0.0.0.0/0".parse().unwrap();
        assert!(everything.contains(ip("203.0.113.9")));
        for bad in [
            "10.0.0.0/33",
            "::/129",
            "10.0.0/8",
            "proxy.example",
            "10.0.0.1/x",
            "",
        ] {
            assert!(bad.parse::<IpRange>().is_err(), "{bad}");
        }
        assert_eq!(proxies(" 10.0.0.1, 172.16.0.0/12 ,").0.len(), 2);
        assert!("10.0.0.1, nonsense".parse::<TrustedProxies>().is_err());
    }

    #[test]
    fn the_client_is_the_first_untrusted_hop_from_the_right() {
        let trusted = proxies("10.0.0.0/8, 192.0.2.1");
        let peer = Some(ip("10.0.0.5"));
        // The client wrote 1.2.3.4 itself; the proxies appended what they saw.
        assert_eq!(
            client_address(peer, &["1.2.3.4, 203.0.113.9, 192.0.2.1"], &trusted),
            Some(ip("203.0.113.9"))
        );
        assert_eq!(
            client_address(peer, &["1.2.3.4", "203.0.113.9"], &trusted),
            Some(ip("203.0.113.9")),
            "several header lines are one list"
        );
        assert_eq!(
            client_address(peer, &["[2001:db8::7]:4711"], &trusted),
            Some(ip("2001:db8::7"))
        );
        assert_eq!(
            client_address(peer, &["10.0.0.9, 10.0.0.8"], &trusted),
            Some(ip("10.0.0.9")),
            "all trusted: the leftmost"
        );
        assert_eq!(
            client_address(peer, &["1.2.3.4, garbage, 10.0.0.8"], &trusted),
            Some(ip("10.0.0.8")),
            "unreadable: the hop that wrote it"
        );
        assert_eq!(client_address(peer, &[], &trusted), peer);
    }

    #[test]
    fn the_header_of_an_untrusted_peer_is_ignored() {
        let trusted = proxies("10.0.0.0/8");
        let peer = Some(ip("198.51.100.2"));
        assert_eq!(client_address(peer, &["10.0.0.1, 1.2.3.4"], &trusted), peer);
        assert_eq!(
            client_address(peer, &["1.2.3.4"], &TrustedProxies::default()),
            peer,
            "no proxies trusted: never read"
        );
        assert_eq!(client_address(None, &["1.2.3.4"], &trusted), None);
    }
}
