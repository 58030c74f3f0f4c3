# bench/lib.sh: the timing helpers bench/check and bench/escape share.
# Source it after setting $tmp (a scratch directory) and $timebin
# (/usr/bin/time).

# one NAME CMD...: one timed run; appends "SECONDS RSS_KB USER SYS" to
# $tmp/NAME.runs, or records the failure in $tmp/NAME.failed.
one() {
    local name=$1
    shift
    if ! "$timebin" -f '%e %M %U %S' -o "$tmp/t" "$@" >/dev/null 2>"$tmp/$name.err"; then
        echo "exit status $(tail -n 1 "$tmp/t" | sed 's/Command exited with non-zero status //'):" \
            "$(grep -v '^Command exited' "$tmp/$name.err" | head -n 1)" >"$tmp/$name.failed"
        return 1
    fi
    tail -n 1 "$tmp/t" >>"$tmp/$name.runs"
}

# row NAME: median and best seconds, median CPU seconds, median and max
# peak RSS, run count; "median maxRSS medianCPU" goes to $tmp/NAME.median.
row() {
    local name=$1
    if [ -f "$tmp/$name.failed" ] || [ ! -s "$tmp/$name.runs" ]; then
        printf '%-10s  failed: %s\n' "$name" "$(cat "$tmp/$name.failed" 2>/dev/null)"
        return
    fi
    awk '{ print $1 }' "$tmp/$name.runs" | sort -n >"$tmp/s"
    awk '{ print $2 }' "$tmp/$name.runs" | sort -n >"$tmp/m"
    awk '{ print $3 + $4 }' "$tmp/$name.runs" | sort -n >"$tmp/c"
    paste "$tmp/s" "$tmp/m" "$tmp/c" | awk -v name="$name" '
        { t[NR] = $1; m[NR] = $2; c[NR] = $3 }
        END {
            med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            mm = (NR % 2) ? m[(NR + 1) / 2] : (m[NR / 2] + m[NR / 2 + 1]) / 2
            mc = (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2
            printf "%-10s  %8.2f  %8.2f  %9.2f  %10.0f  %10.0f  %4d\n", name, med, t[1], mc, mm / 1024, m[NR] / 1024, NR
            print med, m[NR], mc > "/dev/stderr"
        }' 2>"$tmp/$name.median"
}

# header: the column titles row prints under.
header() {
    printf '%-10s  %8s  %8s  %9s  %10s  %10s  %4s\n' tool "median s" "best s" "med CPU s" "med RSS MB" "max RSS MB" runs
}
