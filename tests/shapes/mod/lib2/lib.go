package lib2

type List[T any] struct{ v T }

func (l *List[T]) Get() T { return l.v }

func NewList() *List[int] { return &List[int]{} }

func Take(l *List[string]) {}

type Holder struct{ L List[float64] }
