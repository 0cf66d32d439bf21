# measure.sh holds what the measuring scripts share; they source it:
#
#   . "$(dirname "$0")/measure.sh"
#   measure_setup NAME PAGES "$@"
#
# measure_setup re-runs the calling script with a higher priority when
# PRIORITY=1 (see scripts/throughput.sh), and stops it, with exit code 2,
# when PAGES is no folder or GNU time is missing. measure_machine prints
# the cores, the load average and the scheduling group; measure_load_after
# the load average once more.

# measure_setup NAME PAGES ARGS...: NAME is the script's name for its
# messages, ARGS the script's own arguments, passed again on re-exec.
measure_setup() {
	local name=$1 pages=$2
	shift 2
	if [ "${PRIORITY:-0}" = 1 ] && [ -z "${THROUGHPUT_PRIORITY_SET:-}" ]; then
		export THROUGHPUT_PRIORITY_SET=1
		exec setsid bash -c 'echo -20 >/proc/self/autogroup && exec "$0" "$@"' "$0" "$@" </dev/null
	fi
	if [ ! -d "$pages" ]; then
		echo "$name: no pages at $pages" >&2
		exit 2
	fi
	if [ ! -x /usr/bin/time ]; then
		echo "$name: /usr/bin/time is needed (apt-get install time)" >&2
		exit 2
	fi
}

measure_machine() {
	echo "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
	if [ -r /proc/self/autogroup ]; then echo "scheduling group: $(cat /proc/self/autogroup)"; fi
}

measure_load_after() {
	echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
