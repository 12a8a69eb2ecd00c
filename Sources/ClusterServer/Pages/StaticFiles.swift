import ClusterRender

/// The stylesheet and the one small script every page loads. Pages read without the script; it
/// only sorts tables on a click on a column head and keeps the query box's text between visits.
enum StaticFiles {
    static let stylesheet: String = { () -> String in
        let classes = MaturityStyle.classes.map { name -> String in
            let style = MaturityStyle.of(name)
            return ".class-\(name){border-left:6px solid \(style.border);background:\(style.boxFill)}"
        }.joined(separator: "\n")
        return "\(base)\n\(classes)\n"
    }()

    private static let base = """
        :root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--soft:#f5f7fa;--accent:#0b6e6e;--accent-dark:#084f4f;--bad:#b42318;--good:#1b7837}
        *{box-sizing:border-box}
        html{font-size:15px}
        body{margin:0;font-family:"DejaVu Sans",system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:#fff;line-height:1.5}
        nav.top{display:flex;gap:1.4rem;align-items:baseline;padding:.7rem 1.5rem;background:var(--accent-dark);color:#fff}
        nav.top a{color:#d8eeee;text-decoration:none}
        nav.top a.on,nav.top a:hover{color:#fff;text-decoration:underline}
        nav.top a.brand{font-weight:700;color:#fff;font-size:1.15rem;margin-right:.6rem}
        nav.top .store{margin-left:auto;font-family:"DejaVu Sans Mono",monospace;font-size:.8rem;color:#b5d6d6;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:40%}
        main{max-width:1180px;margin:0 auto;padding:1rem 1.5rem 3rem}
        h1{font-size:1.7rem;margin:.3rem 0 .2rem;line-height:1.25}
        h1 .badge{font-size:1rem;vertical-align:middle}
        h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
        h3{font-size:1.02rem;margin:1.2rem 0 .4rem}
        p.lead{color:var(--muted);margin:.2rem 0 1rem;max-width:62rem}
        .crumbs{margin:.2rem 0 .4rem;color:var(--muted);font-size:.9rem}
        .crumbs .sep{margin:0 .45rem;color:#9aa5b1}
        a{color:var(--accent)}
        a:hover{color:var(--accent-dark)}
        .facts{display:flex;flex-wrap:wrap;gap:.6rem;margin:.8rem 0 1rem;padding:0;list-style:none}
        .facts li{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.35rem .75rem;font-size:.9rem}
        .facts b{display:block;font-size:1.1rem}
        .scroll{overflow-x:auto;margin:.4rem 0 1rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        caption{text-align:left;color:var(--muted);padding:.2rem 0 .4rem;font-size:.88rem}
        th,td{padding:.38rem .6rem;border-bottom:1px solid var(--line);vertical-align:top;text-align:left}
        th{background:var(--soft);font-weight:600;white-space:nowrap;position:sticky;top:0}
        table.sortable th{cursor:pointer}
        table.sortable th[aria-sort=ascending]::after{content:" ▲";font-size:.7em}
        table.sortable th[aria-sort=descending]::after{content:" ▼";font-size:.7em}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tbody tr:hover{background:#f0f7f7}
        td .key,code{font-family:"DejaVu Sans Mono",monospace;font-size:.85em;background:var(--soft);padding:0 .25em;border-radius:3px}
        .badge{display:inline-block;padding:.05rem .55rem;border-radius:1rem;border:1px solid;font-size:.82rem;font-weight:600;color:#1f2933;white-space:nowrap}
        .members{min-width:15rem;max-width:26rem;font-size:.88rem}
        th.num{white-space:normal;min-width:4.5rem}
        .member code{font-size:.78em;color:var(--muted)}
        ul.columns{columns:3 14rem;padding-left:1.2rem}
        ul.reasons{list-style:none;padding:0;margin:.3rem 0 .8rem}
        ul.reasons li{padding:.3rem .5rem .3rem 1.9rem;position:relative;border-bottom:1px dotted var(--line)}
        ul.reasons li::before{position:absolute;left:.45rem;top:.3rem;font-weight:700}
        ul.reasons li.pass::before{content:"✓";color:var(--good)}
        ul.reasons li.fail::before{content:"✗";color:var(--bad)}
        ul.reasons li.untested::before{content:"–";color:var(--muted)}
        ul.reasons li.context{color:var(--muted)}
        ul.reasons li.context::before{content:"•";color:var(--muted)}
        .verdict{border:1px solid var(--line);border-left:6px solid var(--accent);border-radius:6px;padding:.5rem .9rem;margin:.6rem 0 1rem;background:var(--soft)}
        .verdict p{margin:.4rem 0 .2rem}
        td details summary{color:var(--ink)}
        ul.reasons li.summary{font-weight:600;padding-left:.5rem}
        ul.reasons li.summary::before{content:none}
        .cluster-card{border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;margin:1rem 0}
        .cluster-card h3{margin:.2rem 0 .3rem}
        figure.diagram{margin:.6rem 0 1.2rem;border:1px solid var(--line);border-radius:8px;padding:.8rem;background:#fff}
        svg.drawing{max-width:100%;height:auto;display:block;margin:0 auto}
        figure.diagram img{max-width:100%}
        figcaption{font-size:.88rem;color:var(--muted);margin-top:.5rem}
        .downloads{margin-left:.6rem}
        a.button,button{display:inline-block;padding:.22rem .7rem;border:1px solid var(--accent);border-radius:5px;background:#fff;color:var(--accent);font-size:.85rem;text-decoration:none;cursor:pointer;font-family:inherit}
        a.button:hover,button:hover{background:var(--accent);color:#fff}
        button.primary{background:var(--accent);color:#fff;font-size:.95rem;padding:.35rem 1.1rem}
        ul.notes{margin:.3rem 0 0;padding-left:1.2rem}
        p.note{color:var(--muted);font-style:italic}
        form.options{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end;background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:.7rem 1rem;margin:.8rem 0}
        form.options label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
        input,select,textarea{font:inherit;font-size:.92rem;padding:.25rem .4rem;border:1px solid #bcccdc;border-radius:4px;background:#fff;color:var(--ink)}
        textarea{font-family:"DejaVu Sans Mono",monospace;width:100%}
        form.query textarea#q{min-height:7.5rem}
        form.query .row{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-end;margin:.5rem 0}
        form.query .row label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
        pre{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;overflow-x:auto;font-family:"DejaVu Sans Mono",monospace;font-size:.85rem}
        pre.error{background:#fff4f2;border-color:#f2b8b5;color:#7a271a}
        .error-box{border:1px solid #f2b8b5;background:#fff4f2;border-radius:8px;padding:.6rem 1rem;margin:1rem 0}
        .error-box h2{border:none;margin:.2rem 0;color:var(--bad)}
        section.same{margin-top:2.5rem}
        section.same h2{font-size:1rem;color:var(--muted)}
        pre.cli{white-space:pre-wrap;word-break:break-word}
        p.json{font-size:.88rem;color:var(--muted)}
        .score{display:inline-block;height:.7rem;background:var(--accent);border-radius:2px;vertical-align:middle;margin-right:.4rem}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(24rem,1fr));gap:0 2rem}
        details summary{cursor:pointer;color:var(--accent)}
        .muted{color:var(--muted)}
        @media (max-width:700px){main{padding:.6rem}.grid{grid-template-columns:1fr}}
        """

    static let script = """
        // Sorts a table by the column whose head is clicked (numbers as numbers), and keeps the query box's text.
        document.addEventListener('click', function (event) {
          var head = event.target.closest('table.sortable th');
          if (!head) return;
          var table = head.closest('table'), index = Array.prototype.indexOf.call(head.parentNode.children, head);
          var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
          var descending = head.getAttribute('aria-sort') === 'ascending';
          Array.prototype.forEach.call(head.parentNode.children, function (th) { th.removeAttribute('aria-sort'); });
          head.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
          function value(row) {
            var cell = row.cells[index], text = cell ? (cell.getAttribute('data-value') || cell.textContent.trim()) : '';
            var number = parseFloat(text.replace(/[\\u202f\\u00a0, %+]/g, ''));
            return isNaN(number) || !/^[-+]?[\\d\\u202f\\u00a0,.]+( %)?$/.test(text) ? text.toLowerCase() : number;
          }
          rows.sort(function (a, b) {
            var x = value(a), y = value(b);
            if (typeof x !== typeof y) { x = String(x); y = String(y); }
            return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
        document.addEventListener('DOMContentLoaded', function () {
          var box = document.getElementById('q');
          if (!box) return;
          try {
            if (!box.value && localStorage.getItem('clusternet.query')) box.value = localStorage.getItem('clusternet.query');
            box.addEventListener('input', function () { localStorage.setItem('clusternet.query', box.value); });
          } catch (e) {}
          box.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) box.form.submit();
          });
        });
        """
}
