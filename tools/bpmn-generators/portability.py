import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PID='portability-request'; PNAME='Siirtopyyntö / Portability request'; START_MESSAGE='PortabilityRequestReceived'
DESK_FORM='portability-request-desk'; REQUEST_TYPE='PORTABILITY'; FIRST='ExportPortableData'
OUT=ROOT+'/processes/portability-request.bpmn'
DOC='''The portability request (GDPR Art. 20), from the service-desk start form or the email intake's message
PortabilityRequestReceived, through identity verification and subject matching (shared with the access request),
to the portable subset (JSON tietovahti-portable/1 and CSV: data the person provided, processed on consent or
contract; nothing processed under law, nobody else's data) delivered securely, with a letter that says what was
left out and why. Business key = case number. Variables: legalDeadline, internalTarget, atRiskAt, matchOutcome,
recordCount, excludedCategoryCount, outcome, onTimeLegal, onTimeTarget. No personal data in variables.'''
MIDDLE_ELEMENTS='''
el('ExportPortableData','task',1520,Y,'<bpmn:serviceTask id="ExportPortableData" name="Export the portable data" camunda:asyncBefore="true" camunda:delegateExpression="${{exportPortableData}}">'+RETRY.format('R3/PT1M')+'{io}</bpmn:serviceTask>','sub')
el('SendPortabilityLetter','task',1660,Y,'<bpmn:serviceTask id="SendPortabilityLetter" name="Say what the export holds" camunda:asyncBefore="true" camunda:delegateExpression="${{sendPortabilityLetter}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
el('DeliverReport','task',1800,Y,'<bpmn:serviceTask id="DeliverReport" name="Deliver the export securely" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{deliverReport}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
'''
MIDDLE_FLOWS='''
flow('Flow_toLetter','ExportPortableData','SendPortabilityLetter')
flow('Flow_toDeliver','SendPortabilityLetter','DeliverReport')
flow('Flow_delivered','DeliverReport','CloseCase')
'''
exec(open(os.path.join(HERE, 'rights_template.py')).read())
