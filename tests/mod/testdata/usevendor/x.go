package usevendor

import _ "vendor/golang.org/x/net/idna"
