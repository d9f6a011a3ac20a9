// Room for a large JSON or CSV document before it is written. A 10 MB
// session prints about 75 MB of JSON; touching that much fresh memory 4 KB
// page by page cost more CPU time in page faults than writing it (perf:
// 10-15 % of the analysis). On Linux the reserved range is offered to the
// kernel for transparent huge pages (2 MB each, 512 times fewer faults);
// elsewhere, and where the kernel declines, this is a plain reserve().
#pragma once

#include <cstddef>
#include <string>

namespace feltline::output {

/// Makes room for `more` bytes after the end of `out`.
void reserve_output(std::string& out, std::size_t more);

}  // namespace feltline::output
