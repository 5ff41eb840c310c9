import sys, os, json, gzip, html, re
sys.path.insert(0, os.path.dirname(__file__))
import ar1, ar2, ar3, fa, fr, en
out = sys.argv[1]
os.makedirs(out + '/html', exist_ok=True)
fetched = {'ar01': '2023-09-11T17:10:00Z', 'ar02': '2023-12-18T11:05:00Z', 'ar03': '2023-10-04T19:40:00Z', 'ar04': '2024-12-11T16:30:00Z',
           'ar05': '2025-01-15T19:20:00Z', 'ar06': '2025-01-09T15:45:00Z', 'ar07': '2023-09-12T13:00:00Z', 'fa01': '2024-07-06T04:10:00Z',
           'fa02': '2024-05-13T15:30:00Z', 'fa03': '2024-05-20T06:00:00Z', 'fr01': '2024-07-27T08:00:00Z', 'fr02': '2023-11-02T16:50:00Z',
           'fr03': '2024-03-27T19:00:00Z', 'en01': '2024-07-05T14:00:00Z', 'en02': '2023-08-13T19:00:00Z', 'en03': '2024-03-27T02:10:00Z'}
gz = {'ar01', 'ar05', 'fa03', 'fr02', 'en01'}
lines = ['# url\tfile\tfetched_at\tcontent_type']
truth = {}
meta = []
for mod in (ar1, ar2, ar3, fa, fr, en):
    for f in mod.PAGES:
        pg = f()
        pid = pg['id']
        data = pg['html'].encode(pg.get('charset', 'utf-8'), errors='strict')
        text = html.unescape(re.sub(r'<[^>]+>', ' ', pg['html']))
        for par in pg['truth']:
            if '\t' not in par and par not in text:
                print('MISSING', pid, par[:60])
        name = f'html/{pid}.html' + ('.gz' if pid in gz else '')
        if pid in gz:
            with gzip.GzipFile(out + '/' + name, 'wb', mtime=0) as g: g.write(data)
        else:
            open(out + '/' + name, 'wb').write(data)
        ct = pg.get('content_type', 'text/html; charset=UTF-8' if pid[:2] in ('en', 'fr') else '')
        lines.append('\t'.join([pg['url'], name, fetched[pid], ct]))
        truth[pid] = {'articleBody': '\n\n'.join(pg['truth']), 'url': pg['url']}
        meta.append((pid, pg['lang'], pg['model'], pg['hard'], len(pg['truth']), len(data)))
open(out + '/pages.tsv', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
open(out + '/ground-truth.json', 'w', encoding='utf-8').write(json.dumps(truth, ensure_ascii=False, indent=1) + '\n')
for m in meta: print('\t'.join(map(str, m)))
