/* A CoreMark-like mix (our own): linked-list search, reversal and merge sort; a small int16 matrix
 * multiply; a state machine scanning number tokens; all folded into a CRC-16. n iterations. */
#include "bench.h"

/* ---- CRC-16/CCITT, bitwise ---- */
static uint16_t crc16(uint16_t crc, uint32_t value, int bytes) {
    for (int b = 0; b < bytes; b++) {
        crc ^= (uint16_t)((value >> (8 * b)) & 0xFF) << 8;
        for (int i = 0; i < 8; i++) crc = crc & 0x8000 ? (uint16_t)(crc << 1 ^ 0x1021) : (uint16_t)(crc << 1);
    }
    return crc;
}

/* ---- linked list ---- */
#define NODES 256
typedef struct item { struct item *next; int16_t data; int16_t index; } item;
static item items[NODES];

static item *list_build(uint32_t seed) {
    for (int i = 0; i < NODES; i++) {
        items[i].index = (int16_t)i;
        items[i].data = (int16_t)((seed * (uint32_t)(i + 7) >> 3) & 0x7FFF);
        items[i].next = i + 1 < NODES ? &items[i + 1] : 0;
    }
    return &items[0];
}

static item *list_reverse(item *head) {
    item *prev = 0;
    while (head) { item *next = head->next; head->next = prev; prev = head; head = next; }
    return prev;
}

static int list_find(item *head, int16_t data) {
    for (int at = 0; head; head = head->next, at++)
        if (head->data == data) return at;
    return -1;
}

/* Bottom-up merge sort, by data (byData) or by index. */
static item *list_sort(item *head, int byData) {
    for (int width = 1;; width *= 2) {
        item *p = head, *tail = 0;
        head = 0;
        int merges = 0;
        while (p) {
            merges++;
            item *q = p;
            int psize = 0;
            for (int i = 0; i < width && q; i++) { psize++; q = q->next; }
            int qsize = width;
            while (psize > 0 || (qsize > 0 && q)) {
                item *e;
                if (psize == 0) { e = q; q = q->next; qsize--; }
                else if (qsize == 0 || !q) { e = p; p = p->next; psize--; }
                else if (byData ? p->data <= q->data : p->index <= q->index) { e = p; p = p->next; psize--; }
                else { e = q; q = q->next; qsize--; }
                if (tail) tail->next = e; else head = e;
                tail = e;
            }
            p = q;
        }
        tail->next = 0;
        if (merges <= 1) return head;
    }
}

/* ---- matrix ---- */
#define DIM 24
static int16_t ma[DIM * DIM], mb[DIM * DIM];
static int32_t mc[DIM * DIM];

static uint16_t matrix_work(uint32_t seed, uint16_t crc) {
    for (int i = 0; i < DIM * DIM; i++) {
        ma[i] = (int16_t)((seed + (uint32_t)i * 31) % 211) - 100;
        mb[i] = (int16_t)((seed ^ (uint32_t)i * 17) % 97) - 48;
    }
    for (int i = 0; i < DIM; i++)
        for (int j = 0; j < DIM; j++) {
            int32_t s = 0;
            for (int k = 0; k < DIM; k++) s += (int32_t)ma[i * DIM + k] * mb[k * DIM + j];
            mc[i * DIM + j] = s;
        }
    int32_t acc = 0;
    for (int i = 0; i < DIM * DIM; i++) {
        int32_t v = mc[i] + (int32_t)seed % 7;
        acc += (v >> 2) & 0x3F;
        if (v > 1000) acc ^= i;
    }
    return crc16(crc, (uint32_t)acc, 4);
}

/* ---- state machine over number tokens ---- */
#define TEXT 1024
static char text[TEXT];
enum { START, SIGN, INT, FRAC, EXP, EXPSIGN, EXPINT, HEX, BAD, STATES };

static void text_build(uint32_t seed) {
    static const char *const tokens[] = {"5012", "1234", "-874", "+122", "35.54", "-110.7", "1.2e-4",
                                         "0x1F", "0xZ0", "-.5e+9", "7e", "--3", "12e34", "0x0"};
    int at = 0;
    bench_rng rng = {seed | 1};
    while (at < TEXT - 16) {
        const char *tok = tokens[(bench_next(&rng) >> 33) % 14];
        while (*tok) text[at++] = *tok++;
        text[at++] = ',';
    }
    while (at < TEXT) text[at++] = 0;
}

static uint16_t scan(uint16_t crc) {
    uint32_t counts[STATES] = {0};
    int state = START;
    for (int i = 0; i < TEXT && text[i]; i++) {
        char c = text[i];
        if (c == ',') { counts[state]++; state = START; continue; }
        int digit = c >= '0' && c <= '9';
        switch (state) {
        case START: state = digit ? (c == '0' && text[i + 1] == 'x' ? HEX : INT)
                          : (c == '+' || c == '-') ? SIGN : c == '.' ? FRAC : BAD; break;
        case SIGN: state = digit ? INT : c == '.' ? FRAC : BAD; break;
        case INT: state = digit ? INT : c == '.' ? FRAC : (c == 'e' || c == 'E') ? EXP : BAD; break;
        case FRAC: state = digit ? FRAC : (c == 'e' || c == 'E') ? EXP : BAD; break;
        case EXP: state = digit ? EXPINT : (c == '+' || c == '-') ? EXPSIGN : BAD; break;
        case EXPSIGN: case EXPINT: state = digit ? EXPINT : BAD; break;
        case HEX: state = digit || c == 'x' || (c >= 'A' && c <= 'F') ? HEX : BAD; break;
        default: break;
        }
    }
    for (int s = 0; s < STATES; s++) crc = crc16(crc, counts[s], 2);
    return crc;
}

uint64_t run(int32_t n) {
    uint16_t crc = 0xFFFF;
    uint64_t h = 0;
    for (int32_t round = 0; round < n; round++) {
        uint32_t seed = (uint32_t)round * 2654435761u + 12345;
        item *head = list_build(seed);
        for (int i = 0; i < 16; i++) crc = crc16(crc, (uint32_t)list_find(head, (int16_t)((seed >> i) & 0x7FFF)), 2);
        head = list_reverse(head);
        head = list_sort(head, 1);
        crc = crc16(crc, (uint32_t)head->data, 2);
        head = list_sort(head, 0);
        crc = crc16(crc, (uint32_t)head->next->data, 2);
        crc = matrix_work(seed, crc);
        if (round % 4 == 0) text_build(seed);
        crc = scan(crc);
        h = bench_mix(h, crc);
    }
    return h;
}
