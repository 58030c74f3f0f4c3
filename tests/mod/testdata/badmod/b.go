package badmod
