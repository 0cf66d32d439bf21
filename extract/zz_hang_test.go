package extract

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"testing"
	"time"
)

func TestZZHang(t *testing.T) {
	if os.Getenv("HANG") == "" {
		t.Skip()
	}
	seeds := []string{"../testdata/text/aggregator-copy.txt", "../testdata/text/markdown-article.md", "../testdata/text/w3m-dump.txt", "../testdata/text/columns.txt", "../testdata/text/wrapped-newsletter.txt"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		data, _ := os.ReadFile(seeds[i%len(seeds)])
		for k := 0; k < 1+r.Intn(5); k++ {
			p := r.Intn(len(data))
			switch r.Intn(3) {
			case 0:
				data[p] = byte(r.Intn(256))
			case 1:
				data = append(data[:p], data[min(len(data), p+r.Intn(50)):]...)
			case 2:
				q := r.Intn(len(data))
				data = append(data[:p], append([]byte(string(data[q:min(len(data), q+r.Intn(40))])), data[p:]...)...)
			}
			if len(data) == 0 {
				data = []byte("x")
			}
		}
		done := make(chan bool)
		go func() {
			FromBytes(context.Background(), data, Options{InputFormat: InputText, Explain: true})
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			os.WriteFile("/tmp/hang.txt", data, 0o644)
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			fmt.Println(string(buf[:n]))
			t.Fatal("hang")
		}
	}
}
