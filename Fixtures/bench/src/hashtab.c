/* Pointer chasing: a chained hash table of nodes from a static pool (insert, look up, delete) and a
 * walk over an intrusive list of the live nodes. */
#include "bench.h"

#define BUCKETS 4096
#define POOL 65536

typedef struct node {
    struct node *next;      /* chain in the bucket */
    struct node *older;     /* list of live nodes, newest first */
    struct node *newer;
    uint32_t key;
    uint32_t value;
} node;

static node pool[POOL];
static node *buckets[BUCKETS];
static node *free_list;
static node *newest;

static uint32_t hash(uint32_t k) {
    k ^= k >> 16; k *= 0x7feb352dU; k ^= k >> 15; k *= 0x846ca68bU; k ^= k >> 16;
    return k;
}

static node **find(uint32_t key) {
    node **at = &buckets[hash(key) & (BUCKETS - 1)];
    while (*at && (*at)->key != key) at = &(*at)->next;
    return at;
}

static void unlink_live(node *x) {
    if (x->older) x->older->newer = x->newer;
    if (x->newer) x->newer->older = x->older;
    else newest = x->older;
}

uint64_t run(int32_t n) {
    for (int i = 0; i < BUCKETS; i++) buckets[i] = 0;
    free_list = 0;
    for (int i = POOL - 1; i >= 0; i--) { pool[i].next = free_list; free_list = &pool[i]; }
    newest = 0;
    bench_rng rng = {0x7AB1EULL};
    uint64_t h = 0, live = 0;
    for (int32_t round = 0; round < n; round++) {
        for (int op = 0; op < 1024; op++) {
            uint32_t key = (uint32_t)bench_next(&rng) % (POOL + POOL / 2);
            node **at = find(key);
            if (*at) {                        /* present: read it, then delete it */
                node *x = *at;
                h = bench_mix(h, x->value);
                *at = x->next;
                unlink_live(x);
                x->next = free_list; free_list = x;
                live--;
            } else if (free_list) {           /* absent: insert it */
                node *x = free_list; free_list = x->next;
                x->key = key; x->value = key * 2654435761U + (uint32_t)round;
                x->next = 0; *at = x;
                x->older = newest; x->newer = 0;
                if (newest) newest->newer = x;
                newest = x; live++;
            }
        }
        uint32_t sum = 0;                     /* walk the live list */
        int steps = 0;
        for (node *x = newest; x && steps < 4096; x = x->older, steps++) sum += x->value ^ x->key;
        h = bench_mix(h, sum + live);
    }
    return h;
}
