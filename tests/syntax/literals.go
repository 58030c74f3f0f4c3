package literals

const (
	i1 = 0
	i2 = 1_000_000
	i3 = 0x_FF
	i4 = 0o17
	i5 = 017
	i6 = 0b1010
	f1 = 1.5
	f2 = .5e-3
	f3 = 0x1.8p-3
	f4 = 1_0.2_5
	f5 = 1.
	c1 = 3i
	c2 = 0.5i
	c3 = 0x1p2i
	r1 = 'a'
	r2 = '\''
	r3 = '\x7f'
	r4 = '\u00e9'
	r5 = '\U0001F600'
	r6 = 'é'
	r7 = '\000'
	s1 = "tab\there \"quoted\" \\"
	s2 = "héllo, 世界 \xff"
	s3 = `raw
string with \n`
	s4 = "\a\b\f\n\r\t\v"
)

var ユニコード = "名前"
