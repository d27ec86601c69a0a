package chain

import (
	"crypto/ecdsa"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
)

// LoadKeystore decrypts the go-ethereum keystore file at path with password. The error never contains the
// password.
func LoadKeystore(path, password string) (*ecdsa.PrivateKey, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read keystore: %w", err)
	}
	k, err := keystore.DecryptKey(blob, password)
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore %s: %w", path, err)
	}
	return k.PrivateKey, nil
}
