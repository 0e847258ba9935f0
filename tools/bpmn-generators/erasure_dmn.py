import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
# Generates processes/erasure-plan.dmn (DMN 1.3 with DMNDI).
from xml.sax.saxutils import escape
def q(s): return escape(s)
ANY='-'
rules=[
 # register, category, tenancyActive, openClaim, consentBased, action, ground, description  (+ accessRequestPending, '-' unless given)
 (ANY, ANY, ANY, ANY, ANY, 'KEEP', 'GDPR 12(2) and 15: a pending access request of the person is answered first, with the data as it stood; erased after it', 'an access request is pending', 'true'),
 (ANY, '"access-answers.answer"', ANY, ANY, ANY, 'ANONYMISE', 'GDPR 5(2): that the request was answered stays; the copy of the data delivered goes', 'the answers given'),
 ('"privacy-cases","identity-verification","privacy-mailbox"', ANY, ANY, ANY, ANY, 'KEEP', 'GDPR 17(3)(b) and (e), 5(2): the handling of data-protection requests must be shown (accountability, a complaint to the Ombudsman)', 'our own case files'),
 (ANY, ANY, ANY, ANY, 'true', 'ERASE', 'GDPR 17(1)(b): the consent is withdrawn', 'anything held on consent'),
 ('"rent-ledger"', ANY, ANY, ANY, ANY, 'KEEP', 'GDPR 17(3)(b): Accounting Act 1336/1997 2:10 (books 10 years, vouchers 6 years)', 'the rent ledger'),
 ('"collection","disturbance"', ANY, ANY, 'true', ANY, 'KEEP', 'GDPR 17(3)(e): legal claims (an open claim, rescission or eviction)', 'while a claim is open'),
 ('"collection"', ANY, ANY, ANY, ANY, 'KEEP', 'GDPR 17(3)(b) and (e): collection costs are accounting vouchers; claims until time-barred', 'closed claims'),
 ('"tenancy"', ANY, 'true', ANY, ANY, 'KEEP', 'GDPR 17(3)(b): the tenancy requires it (Tenancy Act 481/1995)', 'a running tenancy'),
 ('"tenancy"', ANY, 'false', ANY, ANY, 'KEEP', 'GDPR 17(3)(e): the lease and its documents after the tenancy, until claims under it are time-barred', 'an ended tenancy'),
 ('"newsletter","apartment-exchange","ekoekspertti"', ANY, ANY, ANY, ANY, 'ERASE', 'GDPR 17(1)(a) and (b): an optional service the person leaves', 'optional services'),
 ('"health"', ANY, ANY, ANY, ANY, 'ERASE', 'GDPR 17(1)(a): no longer needed (the COVID-era exceptional arrangements have ended)', 'COVID-era health notes'),
 ('"camera"', ANY, ANY, ANY, ANY, 'ERASE', 'GDPR 17(1)(a) and (c): a recording is not needed for anything the person asked about', 'camera recordings still held'),
 ('"bookings","door-opening","keys","customer-service","disturbance","maintenance","consumption"', ANY, 'true', ANY, ANY, 'KEEP', 'GDPR 17(3)(b): needed while the tenancy runs (keys, bookings, service, the apartment)', 'tenancy-related while it runs'),
 ('"maintenance","consumption"', ANY, 'false', ANY, ANY, 'ANONYMISE', "GDPR 17(1)(a): the apartment's history stays, the person is removed from it", "the apartment's history"),
 ('"bookings","door-opening","keys","customer-service","disturbance"', ANY, 'false', ANY, ANY, 'ERASE', 'GDPR 17(1)(a): no longer needed after the tenancy', 'after the tenancy'),
 (ANY, ANY, ANY, ANY, ANY, 'KEEP', 'No erasure rule for this category: kept until a handler decides', 'no rule: a handler decides'),
]
inputs=[('InputRegister','Register','register','string'),('InputCategory','Category','category','string'),
        ('InputTenancyActive','Tenancy running','tenancyActive','boolean'),('InputOpenClaim','Open claim','openClaim','boolean'),
        ('InputConsentBased','On consent','consentBased','boolean'),
        ('InputAccessRequestPending','Access request pending','accessRequestPending','boolean')]
x=['<?xml version="1.0" encoding="UTF-8"?>',
 '<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="erasure-plan-definitions" name="Erasure plan" namespace="https://tietovahti.fi/dmn" exporter="Tietovahti" exporterVersion="1.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">',
 '  <decision id="erasure-plan" name="Poistosuunnitelma / Erasure plan" camunda:historyTimeToLive="P1096D">',
 '    <description>Per data category of a person asking for erasure (GDPR Art. 17): erase, anonymise or keep, with the legal ground. The first matching rule decides. A kept category is held while the claim is open (CLAIM), while the tenancy runs (TENANCY), while an access request of the person is pending (ACCESS), or until its retention rule in the catalogue ends (RETENTION: ErasurePlanner computes the date; once it has passed, the category goes).</description>',
 '    <decisionTable id="ErasurePlanTable" hitPolicy="FIRST">']
for i,l,e,t in inputs:
    x.append(f'      <input id="{i}" label="{l}"><inputExpression id="{i}Expression" typeRef="{t}"><text>{e}</text></inputExpression></input>')
x.append('      <output id="OutputAction" label="Action" name="action" typeRef="string"><outputValues id="OutputActionValues"><text>"ERASE","ANONYMISE","KEEP"</text></outputValues></output>')
x.append('      <output id="OutputGround" label="Legal ground" name="ground" typeRef="string" />')
x.append('      <output id="OutputHold" label="Kept until" name="hold" typeRef="string"><outputValues id="OutputHoldValues"><text>"RETENTION","CLAIM","TENANCY","ACCESS","NONE"</text></outputValues></output>')
HOLD={'while a claim is open':'CLAIM','a running tenancy':'TENANCY','tenancy-related while it runs':'TENANCY','an access request is pending':'ACCESS'}
for n,rule in enumerate(rules,1):
    reg,cat,ten,claim,cons,act,ground,desc=rule[:8]
    pending=rule[8] if len(rule)>8 else ANY
    hold=HOLD.get(desc,'RETENTION' if act=='KEEP' else 'NONE')
    x.append(f'      <rule id="Rule{n:02d}"><description>{q(desc)}</description>')
    for k,v in enumerate((reg,cat,ten,claim,cons,pending)):
        x.append(f'        <inputEntry id="Rule{n:02d}In{k}"><text>{q(v)}</text></inputEntry>')
    x.append(f'        <outputEntry id="Rule{n:02d}Action"><text>{q(chr(34)+act+chr(34))}</text></outputEntry>')
    x.append(f'        <outputEntry id="Rule{n:02d}Ground"><text>{q(chr(34)+ground+chr(34))}</text></outputEntry>')
    x.append(f'        <outputEntry id="Rule{n:02d}Hold"><text>{q(chr(34)+hold+chr(34))}</text></outputEntry>')
    x.append('      </rule>')
x+=['    </decisionTable>','  </decision>',
 '  <dmndi:DMNDI>','    <dmndi:DMNDiagram id="erasure-plan-diagram">',
 '      <dmndi:DMNShape id="erasure-plan_di" dmnElementRef="erasure-plan"><dc:Bounds height="80" width="180" x="160" y="100" /></dmndi:DMNShape>',
 '    </dmndi:DMNDiagram>','  </dmndi:DMNDI>','</definitions>','']
open(ROOT+'/processes/erasure-plan.dmn','w').write('\n'.join(x))
