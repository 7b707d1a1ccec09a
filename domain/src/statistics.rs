//! Statistics that reveal no one. The facts the city's statistics count,
//! gathered in memory by months ([`Facts`]); the tables they answer for a
//! period; and the disclosure control every table passes before it is
//! shown ([`disclosure`]).

mod age_band;
pub mod disclosure;
pub mod facts;
mod month;
pub mod publication;

pub use age_band::AgeBand;
pub use disclosure::{Cell, Cells, DEFAULT_MIN_COUNT, Published, publish, suppress};
pub use facts::Facts;
pub use month::{Month, Months, Period, PeriodError, Window};
