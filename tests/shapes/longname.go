// Shape names longer than 500 bytes are hashed (cmd/internal/hash.Sum32).
// 
package p

var sink any

func Id[X any](x X) X { sink = &x; return x }

type Big struct {
	LongFieldName00 map[string][]int `json:"long_field_name_00"`
	LongFieldName01 map[string][]int `json:"long_field_name_01"`
	LongFieldName02 map[string][]int `json:"long_field_name_02"`
	LongFieldName03 map[string][]int `json:"long_field_name_03"`
	LongFieldName04 map[string][]int `json:"long_field_name_04"`
	LongFieldName05 map[string][]int `json:"long_field_name_05"`
	LongFieldName06 map[string][]int `json:"long_field_name_06"`
	LongFieldName07 map[string][]int `json:"long_field_name_07"`
	LongFieldName08 map[string][]int `json:"long_field_name_08"`
	LongFieldName09 map[string][]int `json:"long_field_name_09"`
	LongFieldName10 map[string][]int `json:"long_field_name_10"`
	LongFieldName11 map[string][]int `json:"long_field_name_11"`
	LongFieldName12 map[string][]int `json:"long_field_name_12"`
	LongFieldName13 map[string][]int `json:"long_field_name_13"`
	LongFieldName14 map[string][]int `json:"long_field_name_14"`
	LongFieldName15 map[string][]int `json:"long_field_name_15"`
	LongFieldName16 map[string][]int `json:"long_field_name_16"`
	LongFieldName17 map[string][]int `json:"long_field_name_17"`
	LongFieldName18 map[string][]int `json:"long_field_name_18"`
	LongFieldName19 map[string][]int `json:"long_field_name_19"`
	LongFieldName20 map[string][]int `json:"long_field_name_20"`
	LongFieldName21 map[string][]int `json:"long_field_name_21"`
	LongFieldName22 map[string][]int `json:"long_field_name_22"`
	LongFieldName23 map[string][]int `json:"long_field_name_23"`
	LongFieldName24 map[string][]int `json:"long_field_name_24"`
	LongFieldName25 map[string][]int `json:"long_field_name_25"`
	LongFieldName26 map[string][]int `json:"long_field_name_26"`
	LongFieldName27 map[string][]int `json:"long_field_name_27"`
	LongFieldName28 map[string][]int `json:"long_field_name_28"`
	LongFieldName29 map[string][]int `json:"long_field_name_29"`
	LongFieldName30 map[string][]int `json:"long_field_name_30"`
	LongFieldName31 map[string][]int `json:"long_field_name_31"`
	LongFieldName32 map[string][]int `json:"long_field_name_32"`
	LongFieldName33 map[string][]int `json:"long_field_name_33"`
	LongFieldName34 map[string][]int `json:"long_field_name_34"`
	LongFieldName35 map[string][]int `json:"long_field_name_35"`
	LongFieldName36 map[string][]int `json:"long_field_name_36"`
	LongFieldName37 map[string][]int `json:"long_field_name_37"`
	LongFieldName38 map[string][]int `json:"long_field_name_38"`
	LongFieldName39 map[string][]int `json:"long_field_name_39"`
}

type Small struct{ a, b int }

func use() { Id(Big{}); Id(&Big{}); Id([]Big{}); Id(Small{}) }
