import html, json
def esc(t): return html.escape(t, quote=False)
def attr(t): return html.escape(t, quote=True)
def ps(pars, cls=None, tag='p'):
    c = f' class="{cls}"' if cls else ''
    return '\n'.join(f'<{tag}{c}>{esc(p)}</{tag}>' for p in pars)
def jsonld(obj): return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'
def style(css): return '<style>' + css + '</style>'
GA = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-XK2P9Q1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XK2P9Q1',{'anonymize_ip':true});</script>"""
ADS = """<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/21849154601/article/mpu',[[300,250],[300,600]],'div-gpt-ad-mpu').addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>"""
def ad(slot): return f'<div class="ad-slot" id="div-gpt-ad-{slot}" data-slot="{slot}"><span class="ad-label">إعلان</span><script>googletag.cmd.push(function(){{googletag.display("div-gpt-ad-{slot}");}});</script></div>'
def ad_en(slot, label='Advertisement'): return f'<div class="ad-container" id="ad-{slot}"><p class="ad-label">{label}</p><div id="gpt-{slot}"></div><script>googletag.cmd.push(function(){{googletag.display("gpt-{slot}");}});</script></div>'
