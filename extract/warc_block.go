package extract

import "bytes"

// warcBlockStart returns where the block of a record starts in rec, the
// record's bytes from its "WARC/" version line on: after the blank line that
// ends its header fields, or at the end of rec when none does. It finds the
// end of the header as gowarc's lenient parser does: the first field line
// may be blank (spaces, tabs, CR, LF), and after a field a line that starts
// with CR or LF ends the header, while one that starts with a space or tab
// continues the field.
func warcBlockStart(rec []byte) int {
	i := nextLine(rec, 0) // the version line
	for first := true; i < len(rec); first = false {
		j := nextLine(rec, i)
		line := rec[i:j]
		if first && len(bytes.Trim(line, " \t\r\n")) == 0 || !first && (line[0] == '\r' || line[0] == '\n') {
			return j
		}
		i = j
	}
	return len(rec)
}

// nextLine returns where the line of b that starts at i ends: after its
// line feed, or at the end of b.
func nextLine(b []byte, i int) int {
	if k := bytes.IndexByte(b[i:], '\n'); k >= 0 {
		return i + k + 1
	}
	return len(b)
}
