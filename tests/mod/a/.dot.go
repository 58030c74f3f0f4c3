package a

import "net/mail"
